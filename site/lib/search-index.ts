import { createHash, type Hash } from 'node:crypto';
import {
  constants,
  copyFileSync,
  cpSync,
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
import * as pagefind from 'pagefind';
import { pagefindFolder } from './urls.ts';

/** What a search index build wrote. */
export interface SearchIndexResult {
  /** Pages indexed (release pages: the only ones with `data-pagefind-body`). */
  readonly pages: number;
  /** Languages of the index, as Pagefind read them from `<html lang>`. */
  readonly languages: readonly string[];
  /** Only with a cache folder: whether the index was copied from it (Pagefind did not run). */
  readonly fromCache?: boolean;
}

export interface SearchIndexOptions {
  /**
   * The build cache folder (the same as the content cache's). The written index is kept under
   * `<cache>/v1/search/`, keyed by the pages it indexes, and copied back when they are identical.
   * Undefined: no cache, Pagefind always runs.
   */
  readonly cache?: string | undefined;
  /**
   * A digest of every page the index will read, when the caller knows one (the plugin's
   * `ReleaseFilesWritten.digest`: each release file's path and content key). It replaces reading
   * and hashing every page to find the entry.
   */
  readonly pagesDigest?: string | undefined;
}

/** Sections of a release page that would only add noise to results: every page of an organisation repeats them. */
const excluded = ['.key-figures', '.contacts', '.about', '.release-topics'];

/**
 * Indexes the built site in `outDir` with Pagefind and writes the index and its browser module to
 * `<outDir>/pagefind/`. Only pages that mark their body with `data-pagefind-body` (release pages)
 * are indexed; Pagefind splits the index by each page's `<html lang>`. Runs on the finished output,
 * so it indexes exactly what was published: an embargoed release has no page, hence no entry.
 *
 * With a `cache` folder, an index written earlier for byte-identical indexed pages is copied
 * instead (Pagefind has no incremental mode: it would index every page again). A cache that
 * cannot be read or written only costs a Pagefind run; it never fails the build.
 */
export function writeSearchIndex(
  outDir: string,
  options: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  const target = join(outDir, pagefindFolder);
  const { cache } = options;
  if (cache === undefined) return exclusively(() => indexInto(outDir, target));
  return exclusively(async () => {
    const entries = join(cache, cacheLayout, 'search');
    const key = attempt(() => indexKey(outDir, options.pagesDigest));
    if (key !== undefined) {
      const cached = attempt(() => restore(join(entries, key), target));
      if (cached) return { ...cached, fromCache: true };
    }
    const result = await indexInto(outDir, target);
    if (key !== undefined) attempt(() => store(entries, key, target, result));
    return { ...result, fromCache: false };
  });
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
): Promise<SearchIndexResult | undefined> {
  return exclusively(async () => {
    const live = join(outDir, pagefindFolder);
    const next = join(outDir, `.${pagefindFolder}-next`);
    const old = join(outDir, `.${pagefindFolder}-old`);
    rmSync(next, { recursive: true, force: true });
    const result = await indexInto(outDir, next);
    if (!stillCurrent()) {
      rmSync(next, { recursive: true, force: true });
      return undefined;
    }
    rmSync(old, { recursive: true, force: true });
    renameSync(live, old);
    renameSync(next, live);
    rmSync(old, { recursive: true, force: true });
    return result;
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

async function indexInto(outDir: string, outputPath: string): Promise<SearchIndexResult> {
  // When the Pagefind process dies (the kernel kills it when memory runs out), its Node API
  // neither answers nor fails, and nothing else is left to run: fail with a message instead of
  // letting Node exit in the middle of a build.
  let onEmpty = () => {};
  const died = new Promise<never>((_, reject) => {
    onEmpty = () =>
      reject(
        new SearchIndexError('Pagefind stopped before it finished the search index (was it out of memory?)'),
      );
  });
  died.catch(() => {});
  process.once('beforeExit', onEmpty);
  const step = <T>(work: Promise<T>): Promise<T> => Promise.race([work, died]);
  try {
    const { index, errors } = await step(pagefind.createIndex({ excludeSelectors: excluded }));
    if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await step(index.addDirectory({ path: outDir }));
    if (added.errors.length > 0)
      throw new SearchIndexError(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await step(index.writeFiles({ outputPath }));
    if (written.errors.length > 0)
      throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // `page_count` counts every HTML file read; the entry counts the pages indexed, per language.
    const entry = JSON.parse(readFileSync(join(written.outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages?: Record<string, { page_count: number }>;
    };
    const languages = Object.entries(entry.languages ?? {});
    return {
      pages: languages.reduce((sum, [, language]) => sum + language.page_count, 0),
      languages: languages.map(([lang]) => lang).sort(),
    };
  } finally {
    process.off('beforeExit', onEmpty);
    await pagefind.close();
  }
}

/** The cache layout, shared with the content cache's entries (`<cache>/v1/<kind>/…`). */
const cacheLayout = 'v1';
/** Bump when what an entry holds, or how its key is computed, changes. */
const entryLayout = 'search-index-entry-2';
/** Index entries kept: the current one and the one before (a build that is undone reuses it). */
const keptEntries = 2;
/** A temporary folder this old was left by a build that died while storing: nobody will rename it. */
const staleTemporaryMs = 60 * 60 * 1000;
const indexFolder = 'pagefind';
const resultFile = 'result.json';
/** Each file of the stored index with its size: a copy is checked file by file before use. */
const manifestFile = 'manifest.json';
/** Written last: an entry without it was cut short and is never read. */
const completeMarker = 'complete';
const bodyMarker = 'data-pagefind-body';
const keyPattern = /^[0-9a-f]{64}$/;

/**
 * sha256 over what decides the index: the Pagefind version and settings, then the path and bytes
 * of each page Pagefind will index (those marking their body), in path order. Pages without the
 * marker contribute nothing to the index, so changing them does not change the key.
 */
function indexKey(outDir: string, pagesDigest: string | undefined): string {
  const hash = createHash('sha256').update(
    JSON.stringify([entryLayout, `pagefind@${pagefindVersion()}`, excluded]),
  );
  if (pagesDigest !== undefined) return hash.update(`\0digest\0${pagesDigest}`).digest('hex');
  const unmarked: string[] = [];
  let marked = 0;
  for (const path of htmlFiles(outDir)) {
    const bytes = readFileSync(join(outDir, path));
    if (bytes.includes(bodyMarker)) {
      addPage(hash, path, bytes);
      marked++;
    } else unmarked.push(path);
  }
  // Pagefind indexes every page when none marks its body.
  if (marked === 0) for (const path of unmarked) addPage(hash, path, readFileSync(join(outDir, path)));
  return hash.digest('hex');
}

function addPage(hash: Hash, path: string, bytes: Buffer): void {
  hash.update(`\0${path}\0${bytes.length}\0`);
  hash.update(bytes);
}

/** Every `.html` file under `outDir` but in the index folder, as sorted `/`-separated relative paths. */
function htmlFiles(outDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = prefix + entry.name;
      if (entry.isDirectory()) {
        if (path !== pagefindFolder) walk(join(dir, entry.name), `${path}/`);
      } else if (entry.isFile() && entry.name.endsWith('.html')) found.push(path);
    }
  };
  walk(outDir, '');
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

/** Copies a complete entry's index to `target`; removes an entry that is not complete or cannot be copied. */
function restore(entry: string, target: string): SearchIndexResult | undefined {
  if (!existsSync(entry)) return undefined;
  const result = existsSync(join(entry, completeMarker))
    ? attempt(() => asResult(JSON.parse(readFileSync(join(entry, resultFile), 'utf8'))))
    : undefined;
  if (!result) {
    rmSync(entry, { recursive: true, force: true });
    return undefined;
  }
  rmSync(target, { recursive: true, force: true });
  let copied = false;
  try {
    copied = copyVerified(entry, target);
  } catch {
    copied = false;
  }
  if (!copied) {
    rmSync(target, { recursive: true, force: true });
    rmSync(entry, { recursive: true, force: true });
    return undefined;
  }
  // Pruning removes the least recently used entries.
  attempt(() => {
    const now = new Date();
    utimesSync(entry, now, now);
  });
  return result;
}

function asResult(value: unknown): SearchIndexResult | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { pages, languages } = value as Record<string, unknown>;
  if (typeof pages !== 'number' || !Array.isArray(languages)) return undefined;
  if (!languages.every((lang): lang is string => typeof lang === 'string')) return undefined;
  return { pages, languages };
}

/** Stores a copy of the index written to `source` as entry `key`, atomically, then prunes older entries. */
function store(entries: string, key: string, source: string, result: SearchIndexResult): void {
  mkdirSync(entries, { recursive: true });
  const temporary = mkdtempSync(join(entries, '.tmp-'));
  try {
    copyFolder(source, join(temporary, indexFolder));
    writeFileSync(join(temporary, manifestFile), JSON.stringify(manifestOf(join(temporary, indexFolder))));
    writeFileSync(
      join(temporary, resultFile),
      JSON.stringify({ pages: result.pages, languages: result.languages }),
    );
    writeFileSync(join(temporary, completeMarker), '');
    // Fails when another build stored the same key meanwhile: theirs is as good.
    renameSync(temporary, join(entries, key));
  } catch {
    attempt(() => rmSync(temporary, { recursive: true, force: true }));
    return;
  }
  prune(entries, key);
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

/** Copies a folder, sharing the blocks where the file system can (copy-on-write clones). */
function copyFolder(from: string, to: string): void {
  cpSync(from, to, { recursive: true, mode: constants.COPYFILE_FICLONE });
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

/**
 * Copies the entry's index to `target`, checking every file against the manifest: a file lost,
 * added or cut short in the cache makes the whole entry a miss (false), never a broken index.
 * Files are copied by the kernel (cloned where the file system can).
 */
function copyVerified(entry: string, target: string): boolean {
  const manifest: unknown = JSON.parse(readFileSync(join(entry, manifestFile), 'utf8'));
  if (typeof manifest !== 'object' || manifest === null) return false;
  const files = Object.entries(manifest as Record<string, unknown>);
  const source = join(entry, indexFolder);
  if (files.length !== filesUnder(source).length) return false;
  const folders = new Set<string>();
  for (const [name, size] of files) {
    if (typeof size !== 'number' || name.split('/').some((part) => part === '..' || part === ''))
      return false;
    const from = join(source, name);
    if (statSync(from).size !== size) return false;
    const path = join(target, name);
    const folder = dirname(path);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    copyFileSync(from, path, constants.COPYFILE_FICLONE);
  }
  return true;
}

/** Runs a cache step; a failure (unreadable, full or read-only disk) is only a miss. */
function attempt<T>(step: () => T): T | undefined {
  try {
    return step();
  } catch {
    return undefined;
  }
}
