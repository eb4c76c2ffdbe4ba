import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { writeSearchIndex } from '../lib/search-index.ts';
import { filesUnder } from './helpers.ts';

/** A release page as the site writes it, reduced to what Pagefind reads. */
const releasePage = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><header>Press room</header><main data-pagefind-body><h1>${title}</h1><p>${text}</p><aside class="contacts">Call Jane</aside></main></body></html>`;
/** A listing: no `data-pagefind-body`, so not indexed. */
const listingPage = (text: string) =>
  `<!doctype html><html lang="en"><head><title>Releases</title></head><body><p>${text}</p></body></html>`;

/** A fresh output folder with three release pages and a listing, and an empty cache folder. */
function site(): { out: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), 'communique-search-cache-'));
  const out = join(root, 'out');
  write(
    out,
    'en/2024/portal-launch/index.html',
    releasePage('Portal launch', 'A national reporting portal opens.'),
  );
  write(out, 'en/2024/border-workshop/index.html', releasePage('Border workshop', 'Officers meet in Lviv.'));
  write(out, 'en/2023/annual-report/index.html', releasePage('Annual report', 'Figures for the year.'));
  write(out, 'en/index.html', listingPage('Latest releases'));
  return { out, cache: join(root, 'cache') };
}

function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

const entriesFolder = (cache: string) => join(cache, 'v1', 'search');
/** The stored index entries (temporary folders left aside). */
const entries = (cache: string) =>
  existsSync(entriesFolder(cache))
    ? readdirSync(entriesFolder(cache)).filter((name) => !name.startsWith('.'))
    : [];

/** Every file of the written index with its bytes. */
function indexFiles(out: string): Map<string, Buffer> {
  const folder = join(out, 'pagefind');
  return new Map(filesUnder(folder).map((path) => [path, readFileSync(join(folder, path))]));
}

/** The text content of every indexed page, from Pagefind's fragments. */
function indexedTexts(out: string): string[] {
  const folder = join(out, 'pagefind', 'fragment');
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { content: string }).content;
  });
}

/** Like the next build into the same folder: no index yet. */
function rebuild(out: string): void {
  rmSync(join(out, 'pagefind'), { recursive: true, force: true });
}

describe('search index cache', () => {
  test('identical indexed pages: the second build copies the stored index, byte for byte, without Pagefind', async () => {
    const { out, cache } = site();
    const first = await writeSearchIndex(out, { cache });
    expect(first).toEqual({ pages: 3, languages: ['en'], fromCache: false });
    const written = indexFiles(out);
    expect(entries(cache)).toHaveLength(1);

    rebuild(out);
    const second = await writeSearchIndex(out, { cache });
    expect(second).toEqual({ pages: 3, languages: ['en'], fromCache: true });
    expect(indexFiles(out)).toEqual(written);
  });

  test('a stored index whose files changed in the cache is a miss: Pagefind runs, the copy is never used', async () => {
    const { out, cache } = site();
    await writeSearchIndex(out, { cache });
    const written = indexFiles(out);
    const [key] = entries(cache);
    const stored = join(entriesFolder(cache), key!, 'pagefind');
    writeFileSync(join(stored, 'pagefind-entry.json'), '{"garbled": true}');
    rebuild(out);
    expect((await writeSearchIndex(out, { cache })).fromCache).toBe(false);
    expect(indexFiles(out)).toEqual(written);
    // Stored again: the next build copies it, and a file planted in it makes it a miss too.
    rebuild(out);
    expect((await writeSearchIndex(out, { cache })).fromCache).toBe(true);
    const [again] = entries(cache);
    writeFileSync(join(entriesFolder(cache), again!, 'pagefind', 'planted.txt'), 'from the cache');
    rebuild(out);
    expect((await writeSearchIndex(out, { cache })).fromCache).toBe(false);
    expect(existsSync(join(out, 'pagefind', 'planted.txt'))).toBe(false);
  });

  test('a digest of the indexed pages given by the caller keys the entry without reading the pages', async () => {
    const { out, cache } = site();
    expect((await writeSearchIndex(out, { cache, pagesDigest: 'a' })).fromCache).toBe(false);
    rebuild(out);
    expect((await writeSearchIndex(out, { cache, pagesDigest: 'a' })).fromCache).toBe(true);
    rebuild(out);
    expect((await writeSearchIndex(out, { cache, pagesDigest: 'b' })).fromCache).toBe(false);
  });

  test('a release page whose text changed: Pagefind runs again and the index holds the new word', async () => {
    const { out, cache } = site();
    await writeSearchIndex(out, { cache });
    write(
      out,
      'en/2024/border-workshop/index.html',
      releasePage('Border workshop', 'Officers meet in Zhytomyr.'),
    );
    rebuild(out);
    const result = await writeSearchIndex(out, { cache });
    expect(result).toEqual({ pages: 3, languages: ['en'], fromCache: false });
    expect(indexedTexts(out).join(' ')).toContain('Zhytomyr');
    expect(indexedTexts(out).join(' ')).not.toContain('Lviv');
    expect(entries(cache)).toHaveLength(2);
  });

  test('a release page added or moved is a miss', async () => {
    const { out, cache } = site();
    await writeSearchIndex(out, { cache });
    write(out, 'en/2022/old-news/index.html', releasePage('Old news', 'Archived.'));
    rebuild(out);
    expect(await writeSearchIndex(out, { cache })).toEqual({ pages: 4, languages: ['en'], fromCache: false });
  });

  test('a page without data-pagefind-body that changed, or was added, does not invalidate the index', async () => {
    const { out, cache } = site();
    await writeSearchIndex(out, { cache });
    write(out, 'en/index.html', listingPage('Latest releases, page one of two'));
    write(out, 'en/topics/migration/index.html', listingPage('Migration'));
    rebuild(out);
    expect(await writeSearchIndex(out, { cache })).toEqual({ pages: 3, languages: ['en'], fromCache: true });
    expect(entries(cache)).toHaveLength(1);
  });

  test('an entry without its completion marker is removed, ignored and stored again', async () => {
    const { out, cache } = site();
    await writeSearchIndex(out, { cache });
    const [key] = entries(cache);
    const entry = join(entriesFolder(cache), key!);
    rmSync(join(entry, 'complete'));
    writeFileSync(join(entry, 'pagefind', 'planted.txt'), 'never copied');

    rebuild(out);
    expect((await writeSearchIndex(out, { cache })).fromCache).toBe(false);
    expect(existsSync(join(out, 'pagefind', 'planted.txt'))).toBe(false);
    expect(existsSync(join(entry, 'complete'))).toBe(true);
    expect(existsSync(join(entry, 'pagefind', 'planted.txt'))).toBe(false);

    rebuild(out);
    expect((await writeSearchIndex(out, { cache })).fromCache).toBe(true);
  });

  test('an entry with an unreadable result is a miss and is replaced', async () => {
    const { out, cache } = site();
    await writeSearchIndex(out, { cache });
    const [key] = entries(cache);
    writeFileSync(join(entriesFolder(cache), key!, 'result.json'), '{"pages":');
    rebuild(out);
    expect(await writeSearchIndex(out, { cache })).toEqual({ pages: 3, languages: ['en'], fromCache: false });
    rebuild(out);
    expect(await writeSearchIndex(out, { cache })).toEqual({ pages: 3, languages: ['en'], fromCache: true });
  });

  test('keeps the two most recently used entries', async () => {
    const { out, cache } = site();
    const keys: string[] = [];
    for (const word of ['Lviv', 'Odesa', 'Kharkiv']) {
      write(
        out,
        'en/2024/border-workshop/index.html',
        releasePage('Border workshop', `Officers meet in ${word}.`),
      );
      rebuild(out);
      await writeSearchIndex(out, { cache });
      keys.push(entries(cache).find((key) => !keys.includes(key))!);
      // Entries a second apart, whatever the file system's timestamp resolution.
      const stored = keys.filter((key) => entries(cache).includes(key));
      for (const [age, key] of stored.reverse().entries()) {
        const when = new Date(Date.now() - (age + 1) * 1000);
        utimesSync(join(entriesFolder(cache), key), when, when);
      }
    }
    expect(entries(cache).sort()).toEqual([keys[1], keys[2]].sort());

    // Using the older one makes it the most recent: the next new entry prunes the other.
    write(
      out,
      'en/2024/border-workshop/index.html',
      releasePage('Border workshop', 'Officers meet in Odesa.'),
    );
    rebuild(out);
    expect((await writeSearchIndex(out, { cache })).fromCache).toBe(true);
    expect(statSync(join(entriesFolder(cache), keys[1]!)).mtimeMs).toBeGreaterThan(
      statSync(join(entriesFolder(cache), keys[2]!)).mtimeMs,
    );
    write(
      out,
      'en/2024/border-workshop/index.html',
      releasePage('Border workshop', 'Officers meet in Dnipro.'),
    );
    rebuild(out);
    await writeSearchIndex(out, { cache });
    expect(entries(cache)).toHaveLength(2);
    expect(entries(cache)).toContain(keys[1]);
    expect(entries(cache)).not.toContain(keys[2]);
  });

  test('a cache folder that cannot be written does not fail the build', async () => {
    const { out, cache } = site();
    writeFileSync(join(dirname(cache), 'cache'), 'a file where the cache folder should be');
    expect(await writeSearchIndex(out, { cache })).toEqual({ pages: 3, languages: ['en'], fromCache: false });
    expect(indexedTexts(out)).toHaveLength(3);
  });

  test('without a cache folder, Pagefind runs as before', async () => {
    const { out } = site();
    expect(await writeSearchIndex(out)).toStrictEqual({ pages: 3, languages: ['en'] });
  });
});
