import {
  constants,
  copyFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

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
 * A hit is copied by the kernel (or cloned where the file system can), never parsed or encoded.
 */
export class LaidOutStore {
  readonly #dir: string;
  #tag = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  #count = 0;

  constructor(cacheDir: string) {
    this.#dir = join(cacheDir, layout, 'release-files');
  }

  /**
   * Copies entry `key`'s files to `targets` (existing folders) and returns the files of the
   * release folder the page uses; undefined on a miss. An entry whose files are not all there at
   * their recorded sizes is removed and is a miss (what it copied is then overwritten).
   */
  copy(key: string, targets: readonly string[]): readonly string[] | undefined {
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
          copyFileSync(source, target, constants.COPYFILE_FICLONE);
        });
        return meta.assets;
      }
    } catch {
      // fall through: a broken entry
    }
    forget(entry);
    return undefined;
  }

  /** Stores a page's files; best effort (a cache that cannot be written only costs a later render). */
  store(key: string, texts: readonly string[], assets: readonly string[]): void {
    const entry = this.#entry(key);
    const temporary = `${entry}.${this.#tag}-${this.#count++}.tmp`;
    try {
      mkdirSync(temporary, { recursive: true });
      const sizes = texts.map((text, index) => {
        writeFileSync(join(temporary, String(index)), text);
        return Buffer.byteLength(text);
      });
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
