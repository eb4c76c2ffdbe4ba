import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pagefindGlobs } from '../lib/pagefind-glob.ts';
import { writeSearchIndex } from '../lib/search-index.ts';
import { filesUnder } from './helpers.ts';

/** The glob of `folder` given `pages`. */
const pagefindGlob = (folder: string, pages?: readonly string[]) => pagefindGlobs(pages)(folder);

describe('pagefindGlobs', () => {
  test('names the folders the pages sit in, with any release folder below each', () => {
    expect(
      pagefindGlob('en', [
        'en/2024/portal/index.html',
        'en/2023/report/index.html',
        'en/2024/summit/index.html',
      ]),
    ).toBe('{en/2023/*/index.html,en/2024/*/index.html}');
    expect(pagefindGlob('fr', ['fr/2024/portail/index.html', 'en/2024/portal/index.html'])).toBe(
      'fr/2024/*/index.html',
    );
  });

  test('reads the whole folder when the pages are not known, not there, or not plainly named', () => {
    expect(pagefindGlob('en')).toBe('en/**/*.{html}');
    expect(pagefindGlob('en', [])).toBe('en/**/*.{html}');
    expect(pagefindGlob('en', ['en/2024 {x}/portal/index.html'])).toBe('en/**/*.{html}');
    expect(pagefindGlob('en', ['en/[2024]/portal/index.html'])).toBe('en/**/*.{html}');
  });

  test('a folder whose pages a glob cannot name is read whole, the others still narrowed', () => {
    const globOf = pagefindGlobs(['en/[2024]/portal/index.html', 'fr/2024/portail/index.html']);
    expect(globOf('en')).toBe('en/**/*.{html}');
    expect(globOf('fr')).toBe('fr/2024/*/index.html');
    expect(globOf('ar')).toBe('ar/**/*.{html}');
  });

  test('a page right in the language folder is named as it is', () => {
    expect(pagefindGlob('en', ['en/portal.html'])).toBe('en/portal.html');
  });
});

/** A built folder with two release pages under years and a home page listing them. */
function site(homeMarked: boolean): string {
  const out = mkdtempSync(join(tmpdir(), 'communique-pagefind-glob-'));
  const page = (title: string, marked: boolean) =>
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main${marked ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${title} text</p></main></body></html>`;
  for (const [path, html] of [
    ['en/2024/portal/index.html', page('Portal launch', true)],
    ['en/2023/report/index.html', page('Annual report', true)],
    ['en/index.html', page('Latest releases: Portal launch, Annual report', homeMarked)],
    ['en/2024/index.html', page('Releases of 2024', false)],
  ] as const) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), html);
  }
  return out;
}

const releasePages = ['en/2024/portal/index.html', 'en/2023/report/index.html'];

function indexFiles(out: string): Map<string, string> {
  const dir = join(out, 'pagefind');
  return new Map(filesUnder(dir).map((path) => [path, readFileSync(join(dir, path)).toString('base64')]));
}

test('an index of the release pages alone is the index of the whole folder, byte for byte', async () => {
  const whole = site(false);
  const narrowed = site(false);
  expect((await writeSearchIndex(whole)).pages).toBe(2);
  expect((await writeSearchIndex(narrowed, { pages: releasePages })).pages).toBe(2);
  expect(indexFiles(narrowed)).toEqual(indexFiles(whole));
});

test('with the release pages given, Pagefind does not read the listings beside them', async () => {
  // A home page that marks its body is indexed when Pagefind reads it: here it must not.
  const out = site(true);
  expect((await writeSearchIndex(out, { pages: releasePages })).pages).toBe(2);
  const all = site(true);
  expect((await writeSearchIndex(all)).pages).toBe(3);
});
