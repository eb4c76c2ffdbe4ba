import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileLinker } from './place-file.ts';

/** Bump when the layout of entries changes: older entries are then never read. */
const layout = 'v1';
const keyPattern = /^[0-9a-f]{64}$/;
const metaFile = 'meta.json';

interface Meta {
  readonly sizes: readonly number[];
  readonly assets: readonly string[];
}

/**
 * Laid-out files of release pages in the content cache, as they are written to the output:
 * `<cache>/v1/release-files/<ab>/<key>/` holds the files `0`…`n-1` and `meta.json` (their sizes
 * and the release folder's files the body uses), written last, the folder renamed into place.
 * An entry's files and the output's are the same files (hard links) where the file system allows,
 * else copies made by the kernel: a hit is never read, parsed or encoded, and a page rendered once
 * is written once. Output files are therefore only ever replaced, never written through
 * (`place-file.ts`); a file changed in place all the same (by another tool) no longer has its
 * recorded size, which makes its entry a miss.
 */
export class LaidOutStore {
  readonly #dir: string;
  #tag = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  #count = 0;
  readonly #linker = new FileLinker();

  constructor(cacheDir: string) {
    this.#dir = join(cacheDir, layout, 'release-files');
  }

  /**
   * Places entry `key`'s files at `targets` (in existing folders) and returns the files of the
   * release folder the page uses; undefined on a miss. An entry whose files are not all there at
   * their recorded sizes is removed and is a miss (what it placed is then replaced).
   */
  place(key: string, targets: readonly string[]): readonly string[] | undefined {
    const entry = this.#entry(key);
    let meta: Meta | undefined;
    try {
      meta = asMeta(JSON.parse(readFileSync(join(entry, metaFile), 'utf8')), targets.length);
    } catch (error) {
      // No entry: a plain miss, nothing to remove (a cold build asks 50,000 times).
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      meta = undefined;
    }
    try {
      if (meta) {
        targets.forEach((target, index) => {
          const source = join(entry, String(index));
          if (statSync(source).size !== meta.sizes[index]) throw new Error('size');
          this.#linker.place(source, target);
        });
        return meta.assets;
      }
    } catch {
      // fall through: a broken entry
    }
    forget(entry);
    return undefined;
  }

  /** Removes entry `key` (its files may no longer be what was stored). */
  forget(key: string): void {
    forget(this.#entry(key));
  }

  /**
   * Stores a page's files, just written at `files` with these `sizes`; best effort (a cache that
   * cannot be written only costs a later render).
   */
  store(key: string, files: readonly string[], sizes: readonly number[], assets: readonly string[]): void {
    this.#commit(key, sizes, assets, (temporary) => {
      files.forEach((file, index) => {
        this.#linker.place(file, join(temporary, String(index)));
      });
    });
  }

  /** Whether entry `key` looks complete (its `meta.json` is there); `place` still verifies it. */
  has(key: string): boolean {
    return existsSync(join(this.#entry(key), metaFile));
  }

  /**
   * Stores a page's files from their texts, without writing them anywhere else (a page laid out
   * ahead, before the output folder exists); best effort, like `store`.
   */
  storeTexts(key: string, texts: readonly string[], assets: readonly string[]): void {
    const sizes = texts.map((text) => Buffer.byteLength(text));
    this.#commit(key, sizes, assets, (temporary) => {
      texts.forEach((text, index) => {
        writeFileSync(join(temporary, String(index)), text);
      });
    });
  }

  /** Fills a temporary folder with an entry's files, adds `meta.json` last and renames it into place. */
  #commit(
    key: string,
    sizes: readonly number[],
    assets: readonly string[],
    fill: (temporary: string) => void,
  ): void {
    const entry = this.#entry(key);
    const temporary = `${entry}.${this.#tag}-${this.#count++}.tmp`;
    try {
      mkdirSync(temporary, { recursive: true });
      fill(temporary);
      writeFileSync(join(temporary, metaFile), JSON.stringify({ sizes, assets } satisfies Meta));
      renameSync(temporary, entry);
    } catch {
      // Another build stored it meanwhile, or the disk refused: either way, nothing to keep.
      forget(temporary);
    }
  }

  #entry(key: string): string {
    if (!keyPattern.test(key)) throw new TypeError(`not a cache key: ${key}`);
    return join(this.#dir, key.slice(0, 2), key);
  }
}

function asMeta(value: unknown, count: number): Meta | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { sizes, assets } = value as Record<string, unknown>;
  if (!Array.isArray(sizes) || sizes.length !== count || !sizes.every((size) => Number.isInteger(size)))
    return undefined;
  if (!Array.isArray(assets) || !assets.every((name) => typeof name === 'string')) return undefined;
  return { sizes, assets };
}

function forget(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // A read-only cache: the entry stays a miss.
  }
}
