import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
// The light module alone: the search index's worker thread loads this file, not the plugin.
import { FileLinker } from '@communique/eleventy-plugin/place-file';

/** One Pagefind bundle to merge: its folder, the files of it to take, and its `pagefind-entry.json`. */
export interface Bundle {
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

export const entryFile = 'pagefind-entry.json';

export function readEntry(path: string): PagefindEntry | undefined {
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

/** Every file under `dir`, relative and `/`-separated, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** A merged bundle: where each of its files comes from, and its entry. */
export interface Merged {
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
export function mergeBundles(bundles: readonly Bundle[]): Merged | undefined {
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

/**
 * The cache and the output share the index's files (hard links) where the file system allows,
 * else they are copied: nothing writes an index file in place (a refresh writes a new folder).
 */
export const linker = new FileLinker();

/** Writes the merged bundle to `target` (a new folder): moves a fresh run's files, copies the others. */
export function place(merged: Merged, target: string): void {
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
export function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** A file of one language's index (named after it), rather than one every language shares. */
export function isLanguageFile(file: string): boolean {
  return (
    /^(fragment|index|filter)\//.test(file) ||
    /^pagefind\..+\.pf_meta$/.test(file) ||
    (/^wasm\..+\.pagefind$/.test(file) && file !== 'wasm.unknown.pagefind')
  );
}

/** The language a language file belongs to, by the names the entry gives. */
export function languageOf(file: string, entry: PagefindEntry): string | undefined {
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
