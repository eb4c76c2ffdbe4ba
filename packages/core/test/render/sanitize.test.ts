import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import {
  loadPressRoom,
  renderInline,
  renderMarkdownText,
  renderVersionBody,
  sanitizeSchema,
} from '../../src/index.ts';
import { baseRegistries, original, writeRoom } from '../helpers/room.ts';
import { siteContext } from './helpers.ts';
import { xssVectors } from './xss-vectors.ts';

const allowedTags = new Set(sanitizeSchema.tagNames ?? []);
const urlProperties = [
  'href',
  'src',
  'action',
  'formAction',
  'data',
  'poster',
  'background',
  'xLinkHref',
  'cite',
];

function elements(node: Nodes, found: Element[] = []): Element[] {
  if (node.type === 'element') found.push(node);
  if ('children' in node) for (const child of node.children) elements(child, found);
  return found;
}

/** A URL as a browser reads its scheme: control characters and whitespace ignored, any case. */
function scheme(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers strip these from URLs.
  return value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
}

/**
 * Parses the output as a browser would and checks it: only the renderer's own elements, no
 * event handler, no style, no `javascript:`, `data:` or `vbscript:` URL; and, on the raw text,
 * no `<script` anywhere.
 */
function assertInert(html: string): void {
  expect(html).not.toMatch(/<script/i);
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
  for (const element of elements(fromHtml(html, { fragment: true }))) {
    expect(allowedTags, element.tagName).toContain(element.tagName);
    for (const [name, value] of Object.entries(element.properties)) {
      expect(name).not.toMatch(/^on/i);
      expect(name).not.toBe('style');
      if (urlProperties.includes(name))
        expect(scheme(String(value))).not.toMatch(/^(javascript|vbscript|data):/);
    }
  }
}

describe('sanitisation', () => {
  // Each vector inside a paragraph and on its own, where block forms (definitions, HTML blocks,
  // fences, container directives) take effect.
  const placements = {
    inline: (vector: string) => `Before ${vector} after`,
    block: (vector: string) => `Before.\n\n${vector}\n\nAfter.`,
  };
  const root = writeRoom({
    ...baseRegistries,
    ...Object.fromEntries(
      xssVectors.flatMap((vector, i) =>
        Object.entries(placements).map(([placement, place]) => [
          `releases/2025/xss-${placement}-${i}/en.md`,
          original(place(vector), 'figures:\n  count: 6800\n'),
        ]),
      ),
    ),
    ...Object.fromEntries(
      xssVectors.flatMap((_vector, i) =>
        Object.keys(placements).map((placement) => [`releases/2025/xss-${placement}-${i}/photo.png`, 'png']),
      ),
    ),
  });
  const room = loadPressRoom(root);
  const cases = xssVectors.map((vector, i) => [i, vector] as const);

  it('is checked by a test that catches what it looks for', () => {
    for (const unsafe of [
      '<SCRIPT>alert(1)</SCRIPT>',
      '<img src=x onerror=alert(1)>',
      '<a href=" jav&#x09;ascript:alert(1)">x</a>',
      '<a href="DATA:text/html,x">x</a>',
      '<p style="color:red">x</p>',
      '<iframe src="https://example.org"></iframe>',
    ])
      expect(() => assertInert(unsafe), unsafe).toThrow();
  });

  it('is tested against at least 40 vectors', () => {
    expect(xssVectors.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('body vector %i stays inert: %s', (i) => {
    for (const placement of Object.keys(placements)) {
      const version = room.releaseById.get(`2025/xss-${placement}-${i}`)?.versions[0];
      if (!version) throw new Error(`vector ${i} did not load`);
      for (const lang of ['en', 'fr']) {
        const html = renderVersionBody(version, siteContext(room, lang));
        assertInert(html);
        expect(html).toContain('Before');
      }
    }
  });

  it.each(cases)('registry Markdown vector %i stays inert: %s', (_i, vector) => {
    for (const place of Object.values(placements)) assertInert(renderMarkdownText(place(vector), 'fr'));
  });

  it.each(cases)('plain text vector %i is escaped: %s', (_i, vector) => {
    expect(renderInline(vector, 'fr')).not.toMatch(/[<>"]/);
  });

  it('escapes markup in registry text shown in a quote’s caption', () => {
    const hostile = writeRoom({
      ...baseRegistries,
      'people.yaml':
        'walsh:\n  name: "<img src=x onerror=alert(1)>"\n  organisation: iom\n  role: { en: "<script>alert(1)</script>" }\n  email: awalsh@iom.example.org\n  phone: "+41 22 717 91 11"\n  languages: [en]\n',
      'organisations.yaml':
        'iom:\n  name: { en: "<a href=javascript:alert(1)>IOM</a>" }\n  url: https://www.iom.int\n',
      'releases/2025/portal/en.md': original(':::quote{by=walsh}\nHi.\n:::'),
    });
    const loaded = loadPressRoom(hostile);
    const version = loaded.releaseById.get('2025/portal')?.versions[0];
    if (!version) throw new Error('the hostile room did not load');
    const html = renderVersionBody(version, siteContext(loaded, 'en'));
    assertInert(html);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('drops raw HTML but keeps the text between inline tags', () => {
    expect(renderMarkdownText('A <b onclick="x()">bold</b> move.', 'en')).toBe('<p>A bold move.</p>');
    expect(renderMarkdownText('<div>\n<script>alert(1)</script>\n</div>\n\nAfter.', 'en')).toBe(
      '<p>After.</p>',
    );
    expect(renderMarkdownText('Before.\n\n<b><video src=x></video></b>\n\nAfter.', 'en')).toBe(
      '<p>Before.</p>\n<p>After.</p>',
    );
  });

  it('keeps safe links and only the text of unsafe ones', () => {
    expect(
      renderMarkdownText(
        '[ok](https://example.org) [mail](mailto:press@example.org) [bad](javascript:alert(1)) [worse](jav&#x09;ascript:alert(1))',
        'en',
      ),
    ).toBe(
      '<p><a href="https://example.org" rel="noopener">ok</a> <a href="mailto:press@example.org">mail</a> bad worse</p>',
    );
  });
});
