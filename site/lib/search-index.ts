import { createHash } from 'node:crypto';
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
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { FileLinker } from '@communique/eleventy-plugin';
import * as pagefind from 'pagefind';
import { pagefindFolder } from './urls.ts';

/** What a search index build wrote. */
export interface SearchIndexResult {
  /** Pages indexed (release pages: the only ones with `data-pagefind-body`). */
  readonly pages: number;
  /** Languages of the index, as Pagefind read them from `<html lang>`. */
  readonly languages: readonly string[];
  /** Only with a cache folder: whether the whole index was copied from it (Pagefind did not run). */
  readonly fromCache?: boolean;
  /**
   * The languages Pagefind indexed this time, sorted; the index files of the others were copied
   * (from the cache on a build, from the live index on a refresh).
   */
  readonly indexed: readonly string[];
}

export interface SearchIndexOptions {
  /**
   * The build cache folder (the same as the content cache's). Each language's index is kept
   * under `<cache>/v1/search/language/<folder>/`, keyed by that language's pages, and copied
   * back when they are identical. Undefined: no cache, Pagefind always runs.
   */
  readonly cache?: string | undefined;
  /**
   * A digest of the pages each language folder holds for the index (first path segment: `en`,
   * `fr`), when the caller knows them: the plugin's `ReleaseFilesWritten.digests`, each release
   * file's path and content key, for the folders that hold release pages. They replace reading
   * and hashing every page to find the entries. Every folder named must hold a page marking its
   * body (`data-pagefind-body`); pages outside these folders are not indexed.
   */
  readonly pagesDigests?: Readonly<Record<string, string>> | undefined;
}

/** Sections of a release page that would only add noise to results: every page of an organisation repeats them. */
export const excludedFromSearch: readonly string[] = [
  '.key-figures',
  '.contacts',
  '.about',
  '.release-topics',
];

/**
 * Indexes the built site in `outDir` with Pagefind and writes the index and its browser module to
 * `<outDir>/pagefind/`. Only pages that mark their body with `data-pagefind-body` (release pages)
 * are indexed; Pagefind splits the index by each page's `<html lang>`. Runs on the finished output,
 * so it indexes exactly what was published: an embargoed release has no page, hence no entry.
 *
 * Pagefind runs once per language folder (`/en/`, `/fr/`: the first segment of release URLs), one
 * after the other, so that it holds one language in memory at a time; the bundles are then merged
 * into one, the same files a single run over the whole site writes (see `mergeBundles`). A site
 * where no page marks its body is indexed whole, in one run, as Pagefind then reads every page.
 *
 * With a `cache` folder, a language's index written earlier for byte-identical pages is placed
 * instead (hard-linked where the cache shares the output's file system, else copied) (Pagefind has no incremental mode: it would index every page again), so an edit
 * re-indexes only the languages of the pages it changed. A cache that cannot be read or written
 * only costs a Pagefind run; it never fails the build.
 */
export function writeSearchIndex(
  outDir: string,
  options: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  return exclusively(async () => {
    const groups = planGroups(outDir, options.pagesDigests);
    const result = await indexGroups(outDir, groups, { cache: options.cache });
    if (!result) throw new Error('unreachable: a build always swaps its index in');
    return result;
  });
}

export interface SearchRefreshOptions {
  /**
   * The language folders (first path segments) whose indexed pages may have changed since the
   * live index was written by this process: only they are indexed again, the others' files are
   * copied from the live index. Undefined: every language is indexed again.
   */
  readonly changed?: ReadonlySet<string> | undefined;
}

/**
 * Indexes `outDir` again beside the live index and swaps the new one in, for `serve` after a
 * partial rebuild: readers keep a whole index while it runs. `stillCurrent` is asked right
 * before the swap; when it says no (a whole build replaced the folder meanwhile, with its own
 * fresh index) the new index is thrown away.
 */
export function refreshSearchIndex(
  outDir: string,
  stillCurrent: () => boolean = () => true,
  options: SearchRefreshOptions = {},
): Promise<SearchIndexResult | undefined> {
  return exclusively(async () => {
    const reuse = options.changed && reusableLanguages(outDir, options.changed);
    const groups = reuse
      ? [...options.changed!]
          .sort(byBytes)
          .filter((folder) => hasMarkedPage(join(outDir, folder)))
          .map((folder) => ({ folder }))
      : planGroups(outDir, undefined);
    return indexGroups(outDir, groups, { stillCurrent, reuse });
  });
}

/**
 * Stops the Pagefind service, for a process that is leaving while an index build runs (`serve`
 * stopped mid-refresh): that build never finishes, and the service no longer keeps the process.
 */
export async function stopSearchIndexing(): Promise<void> {
  await pagefind.close();
}

/** Pagefind is one service per process: one index build at a time. */
let queue: Promise<unknown> = Promise.resolve();
function exclusively<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

/** Pagefind could not build the search index: the message says why, for the person running the build. */
export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError';
}

/** What one Pagefind run reads: one language folder, or (`folder` undefined) the whole site. */
interface Group {
  readonly folder?: string | undefined;
  /** A digest of the pages it indexes, from the caller; else they are read and hashed for the cache key. */
  readonly digest?: string | undefined;
}

/**
 * The Pagefind runs for the site in `outDir`: one per language folder holding a page that marks
 * its body, or one over the whole site when none does (Pagefind then indexes every page), or when
 * a marked page lies outside a folder a glob can name plainly.
 */
function planGroups(outDir: string, digests: Readonly<Record<string, string>> | undefined): Group[] {
  if (digests !== undefined) {
    const folders = Object.keys(digests).sort(byBytes);
    if (folders.length > 0 && folders.every(isPlainFolder))
      return folders.map((folder) => ({ folder, digest: digests[folder] }));
    if (folders.length > 0)
      return [{ digest: JSON.stringify(folders.map((folder) => [folder, digests[folder]])) }];
  }
  const folders: string[] = [];
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      if (isMarked(readFileSync(join(outDir, entry.name)))) return [{}];
    } else if (entry.isDirectory() && !isOwnFolder(entry.name) && hasMarkedPage(join(outDir, entry.name))) {
      if (!isPlainFolder(entry.name)) return [{}];
      folders.push(entry.name);
    }
  }
  return folders.length > 0 ? folders.sort(byBytes).map((folder) => ({ folder })) : [{}];
}

/** A folder name that is safe in a glob and as a cache folder (language tags are). */
function isPlainFolder(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name);
}

/** The index's own folders in the output, which hold no page. */
function isOwnFolder(name: string): boolean {
  return name === pagefindFolder || name === workFolder;
}

const bodyMarker = 'data-pagefind-body';
function isMarked(bytes: Buffer): boolean {
  return bytes.includes(bodyMarker);
}

/** Whether an HTML file under `dir` marks its body; stops at the first one that does. */
function hasMarkedPage(dir: string): boolean {
  if (!existsSync(dir)) return false;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (
      entry.isDirectory() ? hasMarkedPage(path) : entry.name.endsWith('.html') && isMarked(readFileSync(path))
    )
      return true;
  }
  return false;
}

/** Where an index build works: Pagefind's runs, then the merged index, swapped in whole. */
const workFolder = `.${pagefindFolder}-work`;

/** One Pagefind bundle to merge: its folder, the files of it to take, and its `pagefind-entry.json`. */
interface Bundle {
  readonly dir: string;
  readonly files: readonly string[];
  readonly entry: PagefindEntry;
  /** Moved rather than copied: a fresh run's folder, thrown away afterwards. */
  readonly move: boolean;
}

/** `pagefind-entry.json`: what the browser module reads first (see `mergeBundles`). */
interface PagefindEntry {
  readonly languages: Readonly<Record<string, PagefindLanguage>>;
  readonly [field: string]: unknown;
}
interface PagefindLanguage {
  readonly hash: string;
  readonly wasm: string | null;
  readonly page_count: number;
}

const entryFile = 'pagefind-entry.json';

interface IndexGroupsOptions {
  readonly cache?: string | undefined;
  readonly stillCurrent?: (() => boolean) | undefined;
  /** Languages taken from the live index as they are (a refresh of some folders). */
  readonly reuse?: Reused | undefined;
}

/**
 * Runs Pagefind for each group not in the cache, one at a time, merges the bundles and swaps the
 * merged index in at `<outDir>/pagefind/`. Undefined when `stillCurrent` said no.
 */
async function indexGroups(
  outDir: string,
  groups: readonly Group[],
  options: IndexGroupsOptions,
): Promise<SearchIndexResult | undefined> {
  const work = join(outDir, workFolder);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'parts'), { recursive: true });
  try {
    const { cache, reuse } = options;
    const bundles: Bundle[] = reuse ? [reuse.bundle] : [];
    /** Which languages each folder's index holds, for a later refresh. */
    const folders = new Map(reuse?.folders);
    const indexed = new Set<string>();
    let runs = 0;
    const run = async (group: Group): Promise<Bundle> => {
      const glob = group.folder === undefined ? undefined : `${group.folder}/**/*.{html}`;
      const bundle = await indexInto(outDir, join(work, 'parts', `${runs++}`), glob);
      for (const lang of Object.keys(bundle.entry.languages)) indexed.add(lang);
      return bundle;
    };
    for (const group of groups) {
      const entries = cache === undefined ? undefined : entriesFolder(cache, group.folder);
      const key = entries && attempt(() => indexKey(outDir, group));
      let bundle = entries && key && attempt(() => lookUp(join(entries, key)));
      if (!bundle) {
        bundle = await run(group);
        const made = bundle;
        if (entries && key) attempt(() => store(cache!, entries, key, made.dir));
      }
      bundles.push(bundle);
      if (group.folder !== undefined) folders.set(group.folder, Object.keys(bundle.entry.languages));
    }
    let merged = mergeBundles(bundles);
    if (!merged) {
      // Two runs wrote the same language, or files that differ: only one run over the whole site
      // is sure to be right (see `mergeBundles`).
      indexed.clear();
      folders.clear();
      merged = mergeBundles([await run({})]);
      if (!merged) throw new SearchIndexError('Pagefind wrote an index this build cannot read');
    }
    const next = join(work, 'next');
    place(merged, next);
    if (options.stillCurrent && !options.stillCurrent()) return undefined;
    const live = join(outDir, pagefindFolder);
    if (existsSync(live)) renameSync(live, join(work, 'old'));
    renameSync(next, live);
    if (folders.size > 0 && groups.every((group) => group.folder !== undefined))
      remember(merged.entry, folders);
    const languages = Object.entries(merged.languages);
    return {
      pages: languages.reduce((sum, [, language]) => sum + language.page_count, 0),
      languages: languages.map(([lang]) => lang).sort(byBytes),
      ...(cache === undefined ? {} : { fromCache: runs === 0 }),
      indexed: [...indexed].sort(byBytes),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One Pagefind run over `outDir` (only the pages `glob` matches, when given), written to `outputPath`. */
async function indexInto(outDir: string, outputPath: string, glob: string | undefined): Promise<Bundle> {
  // When the Pagefind process dies (the kernel kills it when memory runs out), its Node API
  // neither answers nor fails, and nothing else is left to run: fail with a message instead of
  // letting Node exit in the middle of a build.
  const stopped = 'Pagefind stopped before it finished the search index (was it out of memory?)';
  let onEmpty = () => {};
  const died = new Promise<never>((_, reject) => {
    onEmpty = () => reject(new SearchIndexError(stopped));
  });
  died.catch(() => {});
  process.once('beforeExit', onEmpty);
  // When it dies while a message is being sent to it, its Node API fails instead, with its own words.
  const step = <T>(work: Promise<T>): Promise<T> =>
    Promise.race([work, died]).catch((error: unknown) => {
      if (error instanceof SearchIndexError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new SearchIndexError(
        message === 'Pagefind backend closed' ? stopped : `Pagefind failed: ${message}`,
      );
    });
  try {
    const { index, errors } = await step(pagefind.createIndex({ excludeSelectors: [...excludedFromSearch] }));
    if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await step(index.addDirectory({ path: outDir, ...(glob === undefined ? {} : { glob }) }));
    if (added.errors.length > 0)
      throw new SearchIndexError(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await step(index.writeFiles({ outputPath }));
    if (written.errors.length > 0)
      throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const entry = readEntry(join(outputPath, entryFile));
    if (!entry) throw new SearchIndexError(`Pagefind wrote no readable ${entryFile}`);
    return { dir: outputPath, files: filesUnder(outputPath), entry, move: true };
  } finally {
    process.off('beforeExit', onEmpty);
    // One Pagefind process per run: its memory is given back before the next language.
    await pagefind.close();
  }
}

function readEntry(path: string): PagefindEntry | undefined {
  const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { languages } = value as Record<string, unknown>;
  if (typeof languages !== 'object' || languages === null || Array.isArray(languages)) return undefined;
  for (const language of Object.values(languages)) {
    if (typeof language !== 'object' || language === null) return undefined;
    const { hash, wasm, page_count } = language as Record<string, unknown>;
    if (typeof hash !== 'string' || !(wasm === null || typeof wasm === 'string')) return undefined;
    if (typeof page_count !== 'number') return undefined;
  }
  return value as PagefindEntry;
}

/** A merged bundle: where each of its files comes from, and its entry. */
interface Merged {
  /** Each file of the merged bundle (relative path) and the bundle it is taken from. */
  readonly files: ReadonlyMap<string, Bundle>;
  readonly entry: string;
  readonly languages: Readonly<Record<string, PagefindLanguage>>;
}

/**
 * Merges Pagefind bundles of disjoint languages into the bundle one run over all their pages
 * writes. From Pagefind's source (1.x: `index/mod.rs`, `output/mod.rs`, `output/entry.rs`) and
 * its browser module (`pagefind.js`):
 * - each language's index is built from that language's pages alone, and every file of it is
 *   named after the language: `pagefind.<lang>_<hash>.pf_meta`, `fragment/<lang>_….pf_fragment`,
 *   `index/<lang>_….pf_index`, `filter/<lang>_….pf_filter`, `wasm.<lang>.pagefind`;
 * - the other files (`pagefind.js`, the UI scripts and styles, `wasm.unknown.pagefind`) depend on
 *   the Pagefind version only, and `pagefind-entry.json` lists each language (`hash` of its
 *   pf_meta, `wasm`, `page_count`) in a map sorted by name, beside the version and settings;
 * - the browser module reads the entry, picks the language of `<html lang>` (else its base
 *   language, else the one with the most pages) and fetches only that language's files.
 * So the merge is the union of the files plus one entry listing every language. It is refused
 * (undefined) when two bundles list the same language, their entries differ in anything but
 * the languages, or a file of the same name differs: only a run over the whole site is right then.
 */
function mergeBundles(bundles: readonly Bundle[]): Merged | undefined {
  const [first] = bundles;
  if (!first) return undefined;
  const settings = (entry: PagefindEntry) => JSON.stringify({ ...entry, languages: undefined });
  const languages: Record<string, PagefindLanguage> = {};
  const files = new Map<string, Bundle>();
  for (const bundle of bundles) {
    if (settings(bundle.entry) !== settings(first.entry)) return undefined;
    for (const [lang, language] of Object.entries(bundle.entry.languages)) {
      if (Object.hasOwn(languages, lang)) return undefined;
      languages[lang] = language;
    }
    for (const file of bundle.files) {
      if (file === entryFile) continue;
      const earlier = files.get(file);
      if (!earlier) files.set(file, bundle);
      else if (!readFileSync(join(earlier.dir, file)).equals(readFileSync(join(bundle.dir, file))))
        return undefined;
    }
  }
  const sorted = Object.fromEntries(
    Object.keys(languages)
      .sort(byBytes)
      .map((lang) => [lang, languages[lang]!]),
  );
  // The first entry's fields in its order, as Pagefind's serializer writes them.
  const entry = JSON.stringify(
    Object.fromEntries(
      Object.entries(first.entry).map(([field, value]) => [field, field === 'languages' ? sorted : value]),
    ),
  );
  return { files, entry, languages: sorted };
}

/** Writes the merged bundle to `target` (a new folder): moves a fresh run's files, copies the others. */
function place(merged: Merged, target: string): void {
  const folders = new Set<string>();
  for (const [file, bundle] of merged.files) {
    const path = join(target, file);
    const folder = dirname(path);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    const from = join(bundle.dir, file);
    if (bundle.move) renameSync(from, path);
    else linker.place(from, path);
  }
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, entryFile), merged.entry);
}

/** Rust's `String` order (bytes), which Pagefind's sorted maps follow. */
function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * The indexes this process wrote last, by their `pagefind-entry.json` (which names every
 * language's pf_meta by a hash of its content), with the languages each folder's run gave: a
 * refresh copies the languages of unchanged folders from the live index only when it is one of
 * these (wherever it was written: `build` swaps a whole new output folder in).
 */
const written = new Map<string, ReadonlyMap<string, readonly string[]>>();
const rememberedIndexes = 4;

function remember(entry: string, folders: ReadonlyMap<string, readonly string[]>): void {
  written.delete(entry);
  written.set(entry, folders);
  for (const old of [...written.keys()].slice(0, -rememberedIndexes)) written.delete(old);
}

/** The languages of a live index that a refresh keeps as they are. */
interface Reused {
  /** The live index, restricted to the kept languages' files and the shared ones. */
  readonly bundle: Bundle;
  /** The unchanged folders and their languages. */
  readonly folders: ReadonlyMap<string, readonly string[]>;
}

/**
 * For a refresh of `changed` folders: the languages of the other folders, kept from the live
 * index; undefined when the live index is not one this process wrote per language folder, or
 * when a language's files cannot be told apart by name.
 */
function reusableLanguages(outDir: string, changed: ReadonlySet<string>): Reused | undefined {
  if (![...changed].every(isPlainFolder)) return undefined;
  const live = join(outDir, pagefindFolder);
  const text = attempt(() => readFileSync(join(live, entryFile), 'utf8'));
  const record = text === undefined ? undefined : written.get(text);
  const entry = record && attempt(() => readEntry(join(live, entryFile)));
  if (!record || !entry) return undefined;
  const langs = Object.keys(entry.languages);
  // `<lang>_` names a language's files: no language may be another's prefix up to an underscore.
  if (langs.some((lang) => langs.some((other) => other !== lang && other.startsWith(`${lang}_`))))
    return undefined;
  const files = attempt(() => filesUnder(live));
  if (!files) return undefined;
  const folders = new Map([...record].filter(([folder]) => !changed.has(folder)));
  const kept = new Set([...folders.values()].flat());
  const bundle: Bundle = {
    dir: live,
    files: files.filter((file) => {
      if (!isLanguageFile(file)) return true;
      const lang = languageOf(file, entry);
      return lang !== undefined && kept.has(lang);
    }),
    entry: {
      ...entry,
      languages: Object.fromEntries(Object.entries(entry.languages).filter(([lang]) => kept.has(lang))),
    },
    move: false,
  };
  return { bundle, folders };
}

/** A file of one language's index (named after it), rather than one every language shares. */
function isLanguageFile(file: string): boolean {
  return (
    /^(fragment|index|filter)\//.test(file) ||
    /^pagefind\..+\.pf_meta$/.test(file) ||
    (/^wasm\..+\.pagefind$/.test(file) && file !== 'wasm.unknown.pagefind')
  );
}

/** The language a language file belongs to, by the names the entry gives. */
function languageOf(file: string, entry: PagefindEntry): string | undefined {
  for (const [lang, language] of Object.entries(entry.languages)) {
    if (
      file.startsWith(`fragment/${lang}_`) ||
      file.startsWith(`index/${lang}_`) ||
      file.startsWith(`filter/${lang}_`) ||
      file === `pagefind.${language.hash}.pf_meta` ||
      (language.wasm !== null && file === `wasm.${language.wasm}.pagefind`)
    )
      return lang;
  }
  return undefined;
}

/** The cache layout, shared with the content cache's entries (`<cache>/v1/<kind>/…`). */
const cacheLayout = 'v1';
/** Bump when what an entry holds, or how its key is computed, changes. */
const entryLayout = 'search-index-entry-3';
/** Entries kept per language: the current one and the one before (a build that is undone reuses it). */
const keptEntries = 2;
/** A temporary folder this old was left by a build that died while storing: nobody will rename it. */
const staleTemporaryMs = 60 * 60 * 1000;
const indexFolder = 'pagefind';
/** Each file of the stored index with its size: a copy is checked file by file before use. */
const manifestFile = 'manifest.json';
/** Written last: an entry without it was cut short and is never read. */
const completeMarker = 'complete';
const keyPattern = /^[0-9a-f]{64}$/;

function searchFolder(cache: string): string {
  return join(cache, cacheLayout, 'search');
}

/** A language folder's entries, or the whole site's. */
function entriesFolder(cache: string, folder: string | undefined): string {
  return folder === undefined
    ? join(searchFolder(cache), 'site')
    : join(searchFolder(cache), 'language', folder);
}

/**
 * sha256 over what decides a group's index: the Pagefind version and settings, the folder, then
 * the caller's digest of its pages or the path and bytes of each page Pagefind will index (those
 * marking their body), in path order. Pages without the marker contribute nothing to the index,
 * so changing them does not change the key.
 */
function indexKey(outDir: string, group: Group): string {
  const hash = createHash('sha256').update(
    JSON.stringify([entryLayout, `pagefind@${pagefindVersion()}`, excludedFromSearch, group.folder ?? null]),
  );
  if (group.digest !== undefined) return hash.update(`\0digest\0${group.digest}`).digest('hex');
  const root = group.folder === undefined ? outDir : join(outDir, group.folder);
  const prefix = group.folder === undefined ? '' : `${group.folder}/`;
  const unmarked: string[] = [];
  let marked = 0;
  for (const path of htmlFiles(root, group.folder === undefined)) {
    const bytes = readFileSync(join(root, path));
    if (isMarked(bytes)) {
      addPage(hash, prefix + path, bytes);
      marked++;
    } else unmarked.push(path);
  }
  // Pagefind indexes every page when none marks its body.
  if (marked === 0) for (const path of unmarked) addPage(hash, prefix + path, readFileSync(join(root, path)));
  return hash.digest('hex');
}

function addPage(hash: ReturnType<typeof createHash>, path: string, bytes: Buffer): void {
  hash.update(`\0${path}\0${bytes.length}\0`);
  hash.update(bytes);
}

/** Every `.html` file under `dir` (at the output's root: but in the index's own folders), as sorted `/`-separated relative paths. */
function htmlFiles(dir: string, atRoot: boolean): string[] {
  const found: string[] = [];
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!(atRoot && prefix === '' && isOwnFolder(entry.name))) walk(join(folder, entry.name), `${path}/`);
      } else if (entry.isFile() && entry.name.endsWith('.html')) found.push(path);
    }
  };
  walk(dir, '');
  return found.sort();
}

let installedVersion: string | undefined;
/** The installed `pagefind` package's version (its exports hide `package.json` from `require`). */
function pagefindVersion(): string {
  if (installedVersion !== undefined) return installedVersion;
  for (const dir of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    const file = join(dir, 'pagefind', 'package.json');
    if (!existsSync(file)) continue;
    const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
    if (typeof version !== 'string') break;
    installedVersion = version;
    return version;
  }
  throw new Error('cannot find the version of the installed pagefind package');
}

/**
 * A complete entry's bundle, checked against its manifest (every file there, none added, each of
 * its size) and with a readable entry; removes an entry that is not. Marks it used.
 */
function lookUp(entry: string): Bundle | undefined {
  if (!existsSync(entry)) return undefined;
  const bundle = existsSync(join(entry, completeMarker)) ? attempt(() => verified(entry)) : undefined;
  if (!bundle) {
    rmSync(entry, { recursive: true, force: true });
    return undefined;
  }
  // Pruning removes the least recently used entries.
  attempt(() => {
    const now = new Date();
    utimesSync(entry, now, now);
  });
  return bundle;
}

function verified(entry: string): Bundle | undefined {
  const manifest: unknown = JSON.parse(readFileSync(join(entry, manifestFile), 'utf8'));
  if (typeof manifest !== 'object' || manifest === null) return undefined;
  const files = Object.entries(manifest as Record<string, unknown>);
  const dir = join(entry, indexFolder);
  if (files.length !== filesUnder(dir).length) return undefined;
  for (const [name, size] of files) {
    if (typeof size !== 'number' || name.split('/').some((part) => part === '..' || part === ''))
      return undefined;
    if (statSync(join(dir, name)).size !== size) return undefined;
  }
  const bundleEntry = readEntry(join(dir, entryFile));
  return bundleEntry && { dir, files: files.map(([name]) => name), entry: bundleEntry, move: false };
}

/** Stores a copy of the bundle in `source` as entry `key`, atomically, then prunes older entries. */
function store(cache: string, entries: string, key: string, source: string): void {
  mkdirSync(entries, { recursive: true });
  const temporary = mkdtempSync(join(entries, '.tmp-'));
  try {
    copyFolder(source, join(temporary, indexFolder));
    writeFileSync(join(temporary, manifestFile), JSON.stringify(manifestOf(join(temporary, indexFolder))));
    writeFileSync(join(temporary, completeMarker), '');
    // Fails when another build stored the same key meanwhile: theirs is as good.
    renameSync(temporary, join(entries, key));
  } catch {
    attempt(() => rmSync(temporary, { recursive: true, force: true }));
    return;
  }
  prune(entries, key);
  // Whole-site entries of the layout before per-language ones, stored directly under `search/`.
  pruneOldLayout(searchFolder(cache));
}

function prune(entries: string, current: string): void {
  const now = Date.now();
  const stored: { path: string; mtime: number }[] = [];
  for (const name of readdirSync(entries)) {
    const path = join(entries, name);
    const mtime = attempt(() => statSync(path).mtimeMs);
    if (mtime === undefined) continue;
    if (name.startsWith('.tmp-')) {
      if (now - mtime > staleTemporaryMs) attempt(() => rmSync(path, { recursive: true, force: true }));
    } else if (keyPattern.test(name) && name !== current) stored.push({ path, mtime });
  }
  stored.sort((a, b) => b.mtime - a.mtime);
  for (const { path } of stored.slice(keptEntries - 1)) {
    attempt(() => rmSync(path, { recursive: true, force: true }));
  }
}

function pruneOldLayout(search: string): void {
  for (const name of readdirSync(search)) {
    if (keyPattern.test(name) || name.startsWith('.tmp-'))
      attempt(() => rmSync(join(search, name), { recursive: true, force: true }));
  }
}

/**
 * The cache and the output share the index's files (hard links) where the file system allows,
 * else they are copied: nothing writes an index file in place (a refresh writes a new folder).
 */
const linker = new FileLinker();

/** Gives `to` (a new folder) the files of `from`, shared where the file system allows. */
function copyFolder(from: string, to: string): void {
  const folders = new Set<string>();
  for (const name of filesUnder(from)) {
    const path = join(to, name);
    const folder = dirname(path);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    linker.place(join(from, name), path);
  }
  mkdirSync(to, { recursive: true });
}

/** Each file of a stored index with its size in bytes. */
type Manifest = Record<string, number>;

/** Every file under `dir`, relative and `/`-separated, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function manifestOf(dir: string): Manifest {
  return Object.fromEntries(filesUnder(dir).map((name) => [name, statSync(join(dir, name)).size]));
}

/** Runs a cache step; a failure (unreadable, full or read-only disk) is only a miss. */
function attempt<T>(step: () => T): T | undefined {
  try {
    return step();
  } catch {
    return undefined;
  }
}
