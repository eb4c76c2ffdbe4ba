import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type Bundle,
  byBytes,
  entryFile,
  filesUnder,
  isLanguageFile,
  languageOf,
  mergeBundles,
  readEntry,
} from './pagefind-bundle.ts';
import { pagefindGlobs } from './pagefind-glob.ts';
import {
  type PagefindJob,
  type PagefindRun,
  pagefindPackage,
  runStaggered,
  SearchIndexError,
  startPagefind,
  stopAll,
} from './pagefind-run.ts';
import { attempt, entriesFolder, entryLayout } from './search-index-cache.ts';
import { type IndexFiles, inWorker, type MergedIndex } from './search-index-files.ts';
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
  /**
   * The pages that mark their body, relative to `outDir`, when the caller knows them (the plugin's
   * release pages): Pagefind then reads only the folders they sit in (see `pagefindGlobs`), not the
   * listings beside them. Pages outside those folders are not indexed.
   */
  readonly pages?: readonly string[] | undefined;
  /**
   * Resolves once the pages are written, when the index is started before (Pagefind runs only
   * after; an index found in the cache is placed at once).
   */
  readonly pagesWritten?: Promise<unknown> | undefined;
  /** Stops the Pagefind runs of this build (it then fails): the site's build failed meanwhile. */
  readonly signal?: AbortSignal | undefined;
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
    const result = await indexGroups(outDir, groups, {
      pages: options.pages,
      cache: options.cache,
      signal: options.signal,
      pagesWritten: options.pagesWritten,
    });
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
 * Stops the Pagefind processes, for a process that is leaving while an index build runs (`serve`
 * stopped mid-refresh): that build fails, and no Pagefind process outlives the caller.
 */
export async function stopSearchIndexing(): Promise<void> {
  stopAll();
}

/** One index build at a time: a build and `serve`'s refreshes share the work folder. */
let queue: Promise<unknown> = Promise.resolve();
function exclusively<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

export { SearchIndexError };

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

interface IndexGroupsOptions {
  /** The pages to index, when known (`SearchIndexOptions.pages`). */
  readonly pages?: readonly string[] | undefined;
  readonly cache?: string | undefined;
  readonly stillCurrent?: (() => boolean) | undefined;
  /** Languages taken from the live index as they are (a refresh of some folders). */
  readonly reuse?: Reused | undefined;
  readonly signal?: AbortSignal | undefined;
  /** Resolves once every page to index is written (Pagefind is run only after). */
  readonly pagesWritten?: Promise<unknown> | undefined;
  /** Who checks, stores and places the index files; default a worker thread of its own. */
  readonly files?: IndexFiles | undefined;
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
  const files = options.files ?? inWorker();
  try {
    const { cache, reuse } = options;
    const bundles: readonly Bundle[] = reuse ? [reuse.bundle] : [];
    /** Which languages each folder's index holds, for a later refresh. */
    const folders = new Map(reuse?.folders);
    const indexed = new Set<string>();
    let runs = 0;
    const globOf = pagefindGlobs(options.pages);
    /** Runs Pagefind for each group; `finished` hears of each bundle as soon as its run ends. */
    const runAll = async (
      toRun: readonly Group[],
      finished?: (index: number, bundle: Bundle) => void,
    ): Promise<Bundle[]> => {
      const jobs = toRun.map(
        (group): PagefindJob => ({
          site: resolve(outDir),
          glob: group.folder === undefined ? undefined : globOf(group.folder),
          outputPath: resolve(work, 'parts', `${runs++}`),
          excludeSelectors: excludedFromSearch,
          cwd: resolve(work, 'parts'),
        }),
      );
      const read: (Bundle | undefined)[] = [];
      const start = (job: PagefindJob): PagefindRun => {
        const run = startPagefind(job);
        const index = jobs.indexOf(job);
        // Heard before `runStaggered` returns: its own wait on `done` was registered after this.
        run.done.then(
          () => {
            read[index] = attempt(() => readBundle(job.outputPath));
            if (read[index]) finished?.(index, read[index]);
          },
          () => {},
        );
        return run;
      };
      await runStaggered(jobs, start, undefined, options.signal);
      return jobs.map((job, index) => {
        const bundle = read[index] ?? readBundle(job.outputPath);
        for (const lang of Object.keys(bundle.entry.languages)) indexed.add(lang);
        return bundle;
      });
    };
    const plans: {
      group: Group;
      entries: string | undefined;
      key: string | undefined;
      bundle?: Bundle | undefined;
    }[] = groups.map((group) => {
      const entries = cache === undefined ? undefined : entriesFolder(cache, group.folder);
      const key = entries && attempt(() => indexKey(outDir, group));
      return { group, entries, key };
    });
    const next = join(work, 'next');
    // Every language in the cache (a build where no indexed page changed): the worker checks,
    // merges and places them in one go, whatever this thread is doing meanwhile.
    const cached =
      reuse || plans.every((plan) => plan.key === undefined)
        ? undefined
        : await files
            .placeCached(
              plans.map(({ entries, key }) => (entries && key ? join(entries, key) : null)),
              next,
            )
            .catch(() => undefined);
    plans.forEach((plan, index) => {
      plan.bundle = cached?.found[index];
    });
    let merged: MergedIndex | undefined = cached?.placed;
    let wholeSite = false;
    if (!merged) {
      // Pagefind reads the pages: they must all be written.
      await options.pagesWritten;
      // The cached languages first; Pagefind then runs for the others, overlapping (`runStaggered`).
      const misses = plans.filter((plan) => plan.bundle === undefined);
      // Each fresh bundle is stored as soon as its run ends, by the worker, while the next runs
      // index: the last run alone builds its index on one core, and the other is free meanwhile.
      // Should a later run fail, the bundles stored before it are kept for the next build.
      const stored: Promise<void>[] = [];
      const made = await runAll(
        misses.map((miss) => miss.group),
        (index, bundle) => {
          const { entries, key } = misses[index]!;
          if (cache !== undefined && entries !== undefined && key !== undefined)
            stored.push(files.store(cache, entries, key, bundle.dir).catch(() => {}));
        },
      ).catch(async (error: unknown) => {
        await Promise.all(stored);
        throw error;
      });
      misses.forEach((miss, index) => {
        miss.bundle = made[index];
      });
      // Stored before the merge moves the fresh runs' files.
      await Promise.all(stored);
      let mergedBundles = mergeBundles([...bundles, ...plans.map((plan) => plan.bundle!)]);
      if (!mergedBundles) {
        // Two runs wrote the same language, or files that differ: only one run over the whole site
        // is sure to be right (see `mergeBundles`).
        wholeSite = true;
        indexed.clear();
        folders.clear();
        mergedBundles = mergeBundles(await runAll([{}]));
        if (!mergedBundles) throw new SearchIndexError('Pagefind wrote an index this build cannot read');
      }
      await files.place(mergedBundles, next);
      merged = mergedBundles;
    }
    if (!wholeSite)
      for (const { group, bundle } of plans)
        if (group.folder !== undefined) folders.set(group.folder, Object.keys(bundle!.entry.languages));
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
    files.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The bundle a finished Pagefind run wrote to `dir`. */
function readBundle(dir: string): Bundle {
  const entry = attempt(() => readEntry(join(dir, entryFile)));
  if (!entry) throw new SearchIndexError(`Pagefind wrote no readable ${entryFile}`);
  return { dir, files: filesUnder(dir), entry, move: true };
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

/**
 * sha256 over what decides a group's index: the Pagefind version and settings, the folder, then
 * the caller's digest of its pages or the path and bytes of each page Pagefind will index (those
 * marking their body), in path order. Pages without the marker contribute nothing to the index,
 * so changing them does not change the key.
 */
function indexKey(outDir: string, group: Group): string {
  const hash = createHash('sha256').update(
    JSON.stringify([
      entryLayout,
      `pagefind@${pagefindPackage().version}`,
      excludedFromSearch,
      group.folder ?? null,
    ]),
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
