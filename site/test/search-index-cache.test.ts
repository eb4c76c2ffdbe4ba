import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { describe, expect, test } from 'vitest';
import { excludedFromSearch, refreshSearchIndex, writeSearchIndex } from '../lib/search-index.ts';
import { filesUnder } from './helpers.ts';

/** A release page as the site writes it, reduced to what Pagefind reads. */
const releasePage = (title: string, text: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><header>Press room</header><main data-pagefind-body><h1>${title}</h1><p>${text}</p><aside class="contacts">Call Jane</aside></main></body></html>`;
/** A listing: no `data-pagefind-body`, so not indexed. */
const listingPage = (text: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>Releases</title></head><body><p>${text}</p></body></html>`;

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

/** Where a language folder's index entries are kept. */
const entriesFolder = (cache: string, folder = 'en') => join(cache, 'v1', 'search', 'language', folder);
/** The stored index entries of a language folder (temporary folders left aside). */
const entries = (cache: string, folder = 'en') =>
  existsSync(entriesFolder(cache, folder))
    ? readdirSync(entriesFolder(cache, folder)).filter((name) => !name.startsWith('.'))
    : [];

/** Every file of the written index with its bytes. */
function indexFiles(out: string): Map<string, Buffer> {
  const folder = join(out, 'pagefind');
  return new Map(filesUnder(folder).map((path) => [path, readFileSync(join(folder, path))]));
}

/** The text content of every indexed page, from Pagefind's fragments. */
function indexedTexts(out: string, lang?: string): string[] {
  const folder = join(out, 'pagefind', 'fragment');
  return readdirSync(folder)
    .filter((name) => lang === undefined || name.startsWith(`${lang}_`))
    .map((name) => {
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
    expect(first).toEqual({ pages: 3, languages: ['en'], fromCache: false, indexed: ['en'] });
    const written = indexFiles(out);
    expect(entries(cache)).toHaveLength(1);

    rebuild(out);
    const second = await writeSearchIndex(out, { cache });
    expect(second).toEqual({ pages: 3, languages: ['en'], fromCache: true, indexed: [] });
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
    expect((await writeSearchIndex(out, { cache, pagesDigests: { en: 'a' } })).fromCache).toBe(false);
    rebuild(out);
    expect((await writeSearchIndex(out, { cache, pagesDigests: { en: 'a' } })).fromCache).toBe(true);
    rebuild(out);
    expect((await writeSearchIndex(out, { cache, pagesDigests: { en: 'b' } })).fromCache).toBe(false);
  });

  test('started before the pages are written: a stored index is placed at once; on a miss Pagefind waits for the pages', async () => {
    const { out, cache } = site();
    await writeSearchIndex(out, { cache, pagesDigests: { en: 'a' } });
    const written = indexFiles(out);
    rebuild(out);
    // The build never says its pages are written: the stored index needs none of them.
    const never = new Promise<void>(() => {});
    const hit = await writeSearchIndex(out, { cache, pagesDigests: { en: 'a' }, pagesWritten: never });
    expect(hit).toEqual({ pages: 3, languages: ['en'], fromCache: true, indexed: [] });
    expect(indexFiles(out)).toEqual(written);

    rebuild(out);
    // A page the build writes while the index is started: Pagefind must read it.
    let pagesWritten = () => {};
    const writing = new Promise<void>((resolve) => {
      pagesWritten = resolve;
    });
    let finished = false;
    const miss = writeSearchIndex(out, { cache, pagesDigests: { en: 'b' }, pagesWritten: writing }).then(
      (result) => {
        finished = true;
        return result;
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(finished).toBe(false);
    write(out, 'en/2024/late-page/index.html', releasePage('Late page', 'Written while the index waited.'));
    pagesWritten();
    expect(await miss).toEqual({ pages: 4, languages: ['en'], fromCache: false, indexed: ['en'] });
    expect(indexedTexts(out).join(' ')).toContain('Written while the index waited.');
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
    expect(result).toEqual({ pages: 3, languages: ['en'], fromCache: false, indexed: ['en'] });
    expect(indexedTexts(out).join(' ')).toContain('Zhytomyr');
    expect(indexedTexts(out).join(' ')).not.toContain('Lviv');
    expect(entries(cache)).toHaveLength(2);
  });

  test('a release page added or moved is a miss', async () => {
    const { out, cache } = site();
    await writeSearchIndex(out, { cache });
    write(out, 'en/2022/old-news/index.html', releasePage('Old news', 'Archived.'));
    rebuild(out);
    expect(await writeSearchIndex(out, { cache })).toEqual({
      pages: 4,
      languages: ['en'],
      fromCache: false,
      indexed: ['en'],
    });
  });

  test('a page without data-pagefind-body that changed, or was added, does not invalidate the index', async () => {
    const { out, cache } = site();
    await writeSearchIndex(out, { cache });
    write(out, 'en/index.html', listingPage('Latest releases, page one of two'));
    write(out, 'en/topics/migration/index.html', listingPage('Migration'));
    rebuild(out);
    expect(await writeSearchIndex(out, { cache })).toEqual({
      pages: 3,
      languages: ['en'],
      fromCache: true,
      indexed: [],
    });
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

  test('an entry with an unreadable manifest is a miss and is replaced', async () => {
    const { out, cache } = site();
    await writeSearchIndex(out, { cache });
    const [key] = entries(cache);
    writeFileSync(join(entriesFolder(cache), key!, 'manifest.json'), '{"pagefind.js":');
    rebuild(out);
    expect(await writeSearchIndex(out, { cache })).toEqual({
      pages: 3,
      languages: ['en'],
      fromCache: false,
      indexed: ['en'],
    });
    rebuild(out);
    expect(await writeSearchIndex(out, { cache })).toEqual({
      pages: 3,
      languages: ['en'],
      fromCache: true,
      indexed: [],
    });
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
    expect(await writeSearchIndex(out, { cache })).toEqual({
      pages: 3,
      languages: ['en'],
      fromCache: false,
      indexed: ['en'],
    });
    expect(indexedTexts(out)).toHaveLength(3);
  });

  test('without a cache folder, Pagefind runs as before', async () => {
    const { out } = site();
    expect(await writeSearchIndex(out)).toStrictEqual({ pages: 3, languages: ['en'], indexed: ['en'] });
  });
});

/** A site in four languages, each in its folder, with listings everywhere and a language (es) without releases. */
function multilingual(): { out: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), 'communique-search-languages-'));
  const out = join(root, 'out');
  const pages: [string, string, string, string][] = [
    ['en', '2024/portal-launch', 'Portal launch', 'A national reporting portal opens in Belmopan.'],
    ['en', '2023/border-workshop', 'Border workshop', 'Officers meet in Lviv.'],
    ['fr', '2024/portail', 'Lancement du portail', 'Un portail national de signalement ouvre à Belmopan.'],
    ['fr', '2023/atelier', 'Atelier frontalier', 'Des agents se réunissent à Lviv.'],
    ['uk', '2024/portal', 'Запуск порталу', 'Національний портал для повідомлень відкривається.'],
    ['ar', '2024/portal', 'إطلاق البوابة', 'تفتح بوابة وطنية للإبلاغ في بلموبان.'],
  ];
  for (const [lang, path, title, text] of pages)
    write(out, `${lang}/${path}/index.html`, releasePage(title, text, lang));
  for (const lang of ['en', 'fr', 'uk', 'ar', 'es']) {
    write(out, `${lang}/index.html`, listingPage(`Latest releases ${lang}`, lang));
    write(out, `${lang}/topics/migration/index.html`, listingPage(`Migration ${lang}`, lang));
  }
  write(out, 'index.html', listingPage('Choose a language'));
  write(out, 'styles/site.css', 'body { color: black }');
  return { out, cache: join(root, 'cache') };
}

/** `count` release pages in language `lang`, each in a release folder of its own, titled and worded by `words`. */
function writeMany(
  out: string,
  lang: string,
  count: number,
  words: (page: number) => readonly [title: string, text: string] = (page) => [
    `Release ${page}`,
    `Text ${page}.`,
  ],
): void {
  for (let page = 0; page < count; page++)
    write(out, `${lang}/2022/release-${page}/index.html`, releasePage(...words(page), lang));
}

/**
 * Indexes `out` in a child process and kills, as the kernel does when memory runs out, the first
 * Pagefind process it starts whose arguments `chosen` picks; returns what the child printed.
 */
async function indexInChild(
  out: string,
  cache: string | undefined,
  chosen: (args: string[]) => boolean,
): Promise<string> {
  const script = join(dirname(out), 'index.mjs');
  writeFileSync(
    script,
    `import { writeSearchIndex } from ${JSON.stringify(join(import.meta.dirname, '..', 'lib', 'search-index.ts'))};
await writeSearchIndex(${JSON.stringify(out)}, ${JSON.stringify(cache === undefined ? {} : { cache })}).then(() => console.log('index written'), (error) => console.error(\`\${error.name}: \${error.message}\`));`,
  );
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: join(import.meta.dirname, '..', '..'),
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let killed = false;
  while (!killed && child.exitCode === null) {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      const [status, args] = (() => {
        try {
          return [
            readFileSync(`/proc/${pid}/status`, 'utf8'),
            readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'),
          ] as const;
        } catch {
          return ['', []] as const;
        }
      })();
      if (
        /^Name:\s*pagefind/m.test(status) &&
        new RegExp(`^PPid:\\s*${child.pid}$`, 'm').test(status) &&
        chosen([...args])
      ) {
        process.kill(Number(pid), 'SIGKILL');
        killed = true;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await exited;
  expect(killed).toBe(true);
  return output;
}

/** One Pagefind run over the whole of `out`, as the index was built before it was split by language. */
async function wholeRun(out: string): Promise<Map<string, Buffer>> {
  const target = mkdtempSync(join(tmpdir(), 'communique-search-whole-'));
  try {
    const { index } = await pagefind.createIndex({ excludeSelectors: [...excludedFromSearch] });
    await index!.addDirectory({ path: out });
    await index!.writeFiles({ outputPath: target });
    return new Map(filesUnder(target).map((path) => [path, readFileSync(join(target, path))]));
  } finally {
    await pagefind.close();
    rmSync(target, { recursive: true, force: true });
  }
}

/** The words of the index in a language, as Pagefind's browser module would find them: its fragments' texts. */
const texts = (out: string, lang: string) => indexedTexts(out, lang).sort().join(' | ');

describe('search index per language', () => {
  test('the merged per-language index is byte for byte what one Pagefind run over the whole site writes', async () => {
    const { out } = multilingual();
    const result = await writeSearchIndex(out);
    expect(result).toStrictEqual({
      pages: 6,
      languages: ['ar', 'en', 'fr', 'uk'],
      indexed: ['ar', 'en', 'fr', 'uk'],
    });
    // Each language's entry: its pages only (listings and the language without releases are not indexed).
    const merged = indexFiles(out);
    const entry = JSON.parse(merged.get('pagefind-entry.json')!.toString('utf8'));
    expect(Object.keys(entry.languages)).toEqual(['ar', 'en', 'fr', 'uk']);
    expect(entry.languages.fr.page_count).toBe(2);
    expect(texts(out, 'fr')).toContain('Lviv');
    expect(texts(out, 'fr')).not.toContain('Latest releases');
    rebuild(out);
    expect(merged).toEqual(await wholeRun(out));
  });

  test('editing one language’s release runs Pagefind for that language only; the others are the cached copies', async () => {
    const { out, cache } = multilingual();
    expect(await writeSearchIndex(out, { cache })).toMatchObject({
      fromCache: false,
      indexed: ['ar', 'en', 'fr', 'uk'],
    });
    for (const lang of ['en', 'fr', 'uk', 'ar']) expect(entries(cache, lang)).toHaveLength(1);
    expect(entries(cache, 'es')).toEqual([]);
    // Mark the cached English index: a copy shows the mark, a Pagefind run would not.
    const [en] = entries(cache, 'en');
    const wasm = join(entriesFolder(cache, 'en'), en!, 'pagefind', 'wasm.en.pagefind');
    const original = readFileSync(wasm);
    const marked = Buffer.from(original);
    marked.writeUInt8(marked.readUInt8(marked.length - 1) ^ 0xff, marked.length - 1);
    writeFileSync(wasm, marked);

    write(
      out,
      'fr/2023/atelier/index.html',
      releasePage('Atelier frontalier', 'Des agents se réunissent à Zhytomyr.', 'fr'),
    );
    rebuild(out);
    const result = await writeSearchIndex(out, { cache });
    expect(result).toStrictEqual({
      pages: 6,
      languages: ['ar', 'en', 'fr', 'uk'],
      fromCache: false,
      indexed: ['fr'],
    });
    expect(readFileSync(join(out, 'pagefind', 'wasm.en.pagefind'))).toEqual(marked);
    expect(entries(cache, 'fr')).toHaveLength(2);
    for (const lang of ['en', 'uk', 'ar']) expect(entries(cache, lang)).toHaveLength(1);
    expect(texts(out, 'fr')).toContain('Zhytomyr');
    expect(texts(out, 'en')).toContain('Lviv');

    // With the mark taken out, the index is the one a whole run writes for the edited site.
    writeFileSync(join(out, 'pagefind', 'wasm.en.pagefind'), original);
    const merged = indexFiles(out);
    rebuild(out);
    expect(merged).toEqual(await wholeRun(out));
  });

  test('a digest per language folder keys each language’s entry: a new digest for one re-indexes only it', async () => {
    const { out, cache } = multilingual();
    const digests = { ar: 'a1', en: 'e1', fr: 'f1', uk: 'u1' };
    expect(await writeSearchIndex(out, { cache, pagesDigests: digests })).toMatchObject({ fromCache: false });
    rebuild(out);
    expect(await writeSearchIndex(out, { cache, pagesDigests: digests })).toMatchObject({
      fromCache: true,
      indexed: [],
    });
    rebuild(out);
    expect(await writeSearchIndex(out, { cache, pagesDigests: { ...digests, uk: 'u2' } })).toMatchObject({
      fromCache: false,
      indexed: ['uk'],
      languages: ['ar', 'en', 'fr', 'uk'],
    });
  });

  test('a corrupt entry of one language is a miss for that language only', async () => {
    const { out, cache } = multilingual();
    await writeSearchIndex(out, { cache });
    const written = indexFiles(out);
    const [uk] = entries(cache, 'uk');
    const fragments = join(entriesFolder(cache, 'uk'), uk!, 'pagefind', 'fragment');
    const [fragment] = readdirSync(fragments);
    writeFileSync(join(fragments, fragment!), 'cut');
    rebuild(out);
    expect(await writeSearchIndex(out, { cache })).toMatchObject({ fromCache: false, indexed: ['uk'] });
    expect(indexFiles(out)).toEqual(written);
    rebuild(out);
    expect(await writeSearchIndex(out, { cache })).toMatchObject({ fromCache: true, indexed: [] });
    expect(indexFiles(out)).toEqual(written);
  });

  test('entries of the former whole-site layout are removed when a language is stored', async () => {
    const { out, cache } = multilingual();
    const former = join(cache, 'v1', 'search', 'a'.repeat(64));
    write(former, 'pagefind/pagefind.js', 'old');
    await writeSearchIndex(out, { cache });
    expect(existsSync(former)).toBe(false);
    expect(readdirSync(join(cache, 'v1', 'search'))).toEqual(['language']);
  });

  test('a site where no page marks its body is indexed whole, every page, as Pagefind does', async () => {
    const { out, cache } = multilingual();
    for (const path of filesUnder(out)) if (path.includes('/20')) rmSync(join(out, path));
    const result = await writeSearchIndex(out, { cache });
    // The 10 listings and the root page, in five languages.
    expect(result).toMatchObject({ pages: 11, languages: ['ar', 'en', 'es', 'fr', 'uk'], fromCache: false });
    expect(readdirSync(join(cache, 'v1', 'search'))).toEqual(['site']);
    const merged = indexFiles(out);
    rebuild(out);
    expect(merged).toEqual(await wholeRun(out));
    expect(await writeSearchIndex(out, { cache })).toMatchObject({ pages: 11, fromCache: true });
  });

  test('a language found in two folders cannot be merged: one run over the whole site indexes it', async () => {
    const { out } = multilingual();
    write(out, 'about/index.html', releasePage('About the press room', 'Written in Geneva.', 'en'));
    const result = await writeSearchIndex(out);
    expect(result).toMatchObject({ pages: 7, languages: ['ar', 'en', 'fr', 'uk'] });
    const merged = indexFiles(out);
    rebuild(out);
    expect(merged).toEqual(await wholeRun(out));
  });

  test('a refresh of the changed language folders copies the other languages from the live index', async () => {
    const { out: built } = multilingual();
    await writeSearchIndex(built);
    // Built elsewhere and swapped in, as `build` and `serve` do with the whole output folder.
    const out = `${built}-swapped`;
    renameSync(built, out);
    write(
      out,
      'uk/2024/portal/index.html',
      releasePage('Запуск порталу', 'Портал відкривається в Житомирі.', 'uk'),
    );
    const result = await refreshSearchIndex(out, () => true, { changed: new Set(['uk']) });
    expect(result).toStrictEqual({ pages: 6, languages: ['ar', 'en', 'fr', 'uk'], indexed: ['uk'] });
    expect(texts(out, 'uk')).toContain('Житомирі');
    const merged = indexFiles(out);
    expect(readdirSync(out).filter((name) => name.startsWith('.pagefind'))).toEqual([]);
    // A live index this process did not write (or changed since) is indexed again whole.
    writeFileSync(join(out, 'pagefind', 'pagefind-entry.json'), `${merged.get('pagefind-entry.json')} `);
    expect(await refreshSearchIndex(out, () => true, { changed: new Set(['uk']) })).toMatchObject({
      indexed: ['ar', 'en', 'fr', 'uk'],
    });
    expect(indexFiles(out)).toEqual(merged);
    rebuild(out);
    expect(merged).toEqual(await wholeRun(out));
  });

  test('a Pagefind process that dies fails the build with a message, and leaves the live index as it was', async () => {
    const { out } = multilingual();
    // Enough Arabic pages (the first language run) that its Pagefind process is seen alive.
    writeMany(out, 'ar', 400, (page) => [`بيان ${page}`, `نص البيان رقم ${page}.`]);
    write(out, 'pagefind/pagefind-entry.json', '{"live": true}');
    const output = await indexInChild(out, undefined, () => true);
    expect(output).toContain('SearchIndexError: Pagefind stopped before it finished the search index');
    expect(output).not.toContain('index written');
    expect(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe('{"live": true}');
    expect(readdirSync(out).filter((name) => name.startsWith('.pagefind'))).toEqual([]);
  });

  test('when the run of a later language dies, the languages indexed before it are kept in the cache', async () => {
    const { out, cache } = multilingual();
    // Enough Ukrainian pages (the last language run) that its Pagefind process is seen alive.
    writeMany(out, 'uk', 400);
    const output = await indexInChild(out, cache, (args) => args.includes('uk/**/*.{html}'));
    expect(output).toContain('SearchIndexError: Pagefind stopped before it finished the search index');
    // Arabic and English had finished before the Ukrainian run started (two run at most at once).
    expect(entries(cache, 'ar')).toHaveLength(1);
    expect(entries(cache, 'en')).toHaveLength(1);
    expect(entries(cache, 'uk')).toEqual([]);
    // The next build runs Pagefind only for what was not stored.
    const next = await writeSearchIndex(out, { cache });
    expect(next.indexed).not.toContain('ar');
    expect(next.indexed).not.toContain('en');
    expect(next.indexed).toContain('uk');
    expect(next.languages).toEqual(['ar', 'en', 'fr', 'uk']);
  });
});
