import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, filesUnder, read } from './helpers.ts';

/**
 * Strings only the embargoed release (`2025/zz-canary-embargo`) and the draft (`2025/zz-canary-draft`)
 * use: titles, summaries, bodies, slugs, a city, a person (name, email, phone) only they list, a
 * topic only they have, a figure, a media file name and its alt text.
 */
const canaries = [
  'CANARY',
  'zz-canary',
  'Canarycity',
  'Canarydraftcity',
  'Canaryperson',
  'Hiddenname',
  'canary-mail',
  'hidden.example.org',
  '+41227304817',
  '730 48 17',
  'canary-topic',
  'canary-photo',
  '987654321',
  '987,654,321',
  '2099',
];

/** Pagefind's program files, the same on every site; its index files are gzipped, and read unpacked. */
const pagefindProgram = /^pagefind\/(pagefind[\w-]*\.(js|css)|wasm\.[\w-]+\.pagefind)$/;

let out: string;
beforeAll(async () => {
  out = await buildFixture();
});

describe('embargo and drafts', () => {
  test('no output file names or bytes hold anything of an embargoed or draft release', () => {
    const files = filesUnder(out);
    expect(files.length).toBeGreaterThan(10);
    expect(files).toContain('pagefind/pagefind-entry.json');
    for (const file of files) {
      if (pagefindProgram.test(file)) continue;
      const raw = readFileSync(join(out, file));
      const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
      const texts = [file, bytes.toString('utf8'), bytes.toString('latin1')];
      for (const canary of canaries)
        for (const text of texts)
          expect(text.toLowerCase().includes(canary.toLowerCase()), `${canary} in ${file}`).toBe(false);
    }
  });

  test('a preview build shows them, each page with a visible banner, and keeps search engines out', async () => {
    const preview = await buildFixture({ preview: true });
    const embargoed = read(preview, 'en/2025/zz-canary-embargo/index.html');
    expect(embargoed).toContain('<div class="preview-banner" role="note"><strong>Preview: embargoed until');
    expect(embargoed).toContain('CANARYBODY');
    expect(read(preview, 'en/2025/zz-canary-draft/index.html')).toContain('Preview: draft, not published.');
    expect(read(preview, 'en/index.html')).toContain('<meta name="robots" content="noindex, nofollow"/>');
    expect(read(preview, 'en/2024/portal-launch/index.html')).not.toContain('preview-banner');
  });
});
