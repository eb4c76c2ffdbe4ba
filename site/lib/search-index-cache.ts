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
import { dirname, join } from 'node:path';
import { type Bundle, entryFile, filesUnder, linker, readEntry } from './pagefind-bundle.ts';

/** The cache layout, shared with the content cache's entries (`<cache>/v1/<kind>/…`). */
const cacheLayout = 'v1';
/** Bump when what an entry holds, or how its key is computed, changes. */
export const entryLayout = 'search-index-entry-3';
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
export function entriesFolder(cache: string, folder: string | undefined): string {
  return folder === undefined
    ? join(searchFolder(cache), 'site')
    : join(searchFolder(cache), 'language', folder);
}

/**
 * A complete entry's bundle, checked against its manifest (every file there, none added, each of
 * its size) and with a readable entry; removes an entry that is not. Marks it used.
 */
export function lookUp(entry: string): Bundle | undefined {
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
export function store(cache: string, entries: string, key: string, source: string): void {
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

function manifestOf(dir: string): Manifest {
  return Object.fromEntries(filesUnder(dir).map((name) => [name, statSync(join(dir, name)).size]));
}

/** Runs a cache step; a failure (unreadable, full or read-only disk) is only a miss. */
export function attempt<T>(step: () => T): T | undefined {
  try {
    return step();
  } catch {
    return undefined;
  }
}
