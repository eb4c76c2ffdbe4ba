import { describe, expect, it } from 'vitest';
import { loadPressRoom, renderInline, renderMarkdownText, renderVersionBody } from '../../src/index.ts';
import { baseRegistries, original, writeRoom } from '../helpers/room.ts';
import { xssVectors } from './xss-vectors.ts';

/** Every tag in the output, with its attributes decoded enough to see a smuggled scheme. */
function tags(html: string): string[] {
  return (html.match(/<[a-zA-Z][^>]*>/g) ?? []).map((tag) =>
    tag.replace(/&#x?0*([0-9a-f]+);?/gi, (_m, code: string) =>
      String.fromCodePoint(Number.parseInt(code, /x/i.test(_m) ? 16 : 10)),
    ),
  );
}

function assertSafe(html: string): void {
  expect(html).not.toMatch(
    /<\s*(script|iframe|object|embed|svg|math|style|link|meta|base|form|input|button|details|body|div|table\s)/i,
  );
  for (const tag of tags(html)) {
    expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tag).not.toMatch(/\sstyle\s*=/i);
    expect(tag).not.toMatch(/(href|src|action|data)\s*=\s*"\s*(javascript|vbscript|data)\s*:/i);
  }
}

describe('sanitisation', () => {
  const root = writeRoom({
    ...baseRegistries,
    ...Object.fromEntries(
      xssVectors.map((vector, i) => [`releases/2025/xss-${i}/en.md`, original(`Before ${vector} after`)]),
    ),
  });
  const room = loadPressRoom(root);
  const context = {
    room,
    lang: 'en',
    releaseUrl: () => undefined,
    assetUrl: (id: string, name: string) => `/media/${id}/${name}`,
  };

  it.each(xssVectors.map((vector, i) => [i, vector] as const))('body vector %i stays inert', (i) => {
    const version = room.releaseById.get(`2025/xss-${i}`)!.versions[0]!;
    const html = renderVersionBody(version, context);
    assertSafe(html);
    expect(html).toContain('Before');
  });

  it.each(xssVectors.map((vector, i) => [i, vector] as const))(
    'registry Markdown vector %i stays inert',
    (_i, vector) => {
      assertSafe(renderMarkdownText(vector, 'fr'));
    },
  );

  it('escapes titles and summaries', () => {
    expect(renderInline('<script>alert("x")</script> & \'q\'', 'en')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;',
    );
  });

  it('keeps safe links and the text of unsafe ones', () => {
    const html = renderMarkdownText(
      '[ok](https://example.org) [mail](mailto:press@example.org) [bad](javascript:alert(1))',
      'en',
    );
    expect(html).toContain('<a href="https://example.org"');
    expect(html).toContain('<a href="mailto:press@example.org">mail</a>');
    expect(html).toContain('bad');
  });
});
