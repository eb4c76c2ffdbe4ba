import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { noteCacheUse } from './use.ts';

/** Bump when the layout of entries changes: older entries are then never read. */
const layout = 'v1';
const keyPattern = /^[0-9a-f]{16,128}$/;

/** A kind of entry, optionally a group of it (`site-pages/<hash of a page>`, for `keepNewest`). */
const kindPattern = /^[a-z-]+(?:\/[0-9a-f]{16,64})?$/;

/**
 * A folder of JSON entries addressed by content hash: `<dir>/v1/<kind>/<ab>/<key>.json`. Reading
 * never fails (a missing, unreadable or corrupt entry is a miss, and a corrupt one is removed);
 * writing is atomic (a temporary file renamed into place) and best effort: a cache that cannot
 * be written only makes the next build slower.
 */
export class DiskStore {
  readonly dir: string;
  #writeFailures = 0;
  #tag = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  #count = 0;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Entries that could not be written in this process (a full or read-only disk). */
  get writeFailures(): number {
    return this.#writeFailures;
  }

  /** The entry, if there and accepted; `markUsed` sets its time to now (see `keepNewest`). */
  read<T>(
    kind: string,
    key: string,
    accept: (value: unknown) => value is T,
    options: { readonly markUsed?: boolean } = {},
  ): T | undefined {
    return this.#readEntry(this.#path(kind, key), kind, key, options, (text) => {
      const value: unknown = JSON.parse(text);
      return accept(value) ? value : undefined;
    });
  }

  /** An entry's value as `decode` makes it of the file's text; undefined (and the file removed) when it cannot. */
  #readEntry<T>(
    file: string,
    kind: string,
    key: string,
    options: { readonly markUsed?: boolean },
    decode: (text: string) => T | undefined,
  ): T | undefined {
    noteCacheUse(kind, key);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    let value: T | undefined;
    try {
      value = decode(text);
    } catch {
      // corrupt
    }
    if (value === undefined) {
      forget(file);
      return undefined;
    }
    if (options.markUsed) attempt(() => utimesSync(file, new Date(), new Date()));
    return value;
  }

  write(kind: string, key: string, value: unknown): void {
    this.#commit(this.#path(kind, key), kind, key, JSON.stringify(value));
  }

  #commit(file: string, kind: string, key: string, text: string): void {
    noteCacheUse(kind, key);
    const temporary = `${file}.${this.#tag}-${this.#count++}.tmp`;
    try {
      writeInFolder(temporary, text);
      renameSync(temporary, file);
    } catch {
      this.#writeFailures++;
      forget(temporary);
    }
  }

  /**
   * A text entry (`writeText`), if there and whole; `markUsed` as for `read`. For large texts
   * (a listing of 10,000 releases is megabytes of HTML): no JSON to escape, parse and copy.
   */
  readText(kind: string, key: string, options: { readonly markUsed?: boolean } = {}): string | undefined {
    return this.#readEntry(this.#path(kind, key, textSuffix), kind, key, options, textBody);
  }

  /** Writes a text entry: a first line with its length, then the text (a cut or changed entry is a miss). */
  writeText(kind: string, key: string, text: string): void {
    this.#commit(this.#path(kind, key, textSuffix), kind, key, `${textHeader}${text.length}\n${text}`);
  }

  /** Whether an entry of `kind` was ever written here (its folder exists). */
  holdsKind(kind: string): boolean {
    return existsSync(this.#kindDir(kind));
  }

  /** Removes all but the `count` entries of `kind` written or marked used most recently. */
  keepNewest(kind: string, count: number): void {
    attempt(() => {
      const dir = this.#kindDir(kind);
      const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith(jsonSuffix) || name.endsWith(textSuffix))
        // An entry another build removed meanwhile has no time: it is gone already.
        .flatMap((name) => {
          const time = statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs;
          return time === undefined ? [] : [{ path: join(dir, name), time }];
        })
        .sort((a, b) => b.time - a.time);
      for (const { path } of entries.slice(count)) forget(path);
    });
  }

  #path(kind: string, key: string, suffix = jsonSuffix): string {
    if (!keyPattern.test(key)) throw new TypeError(`not a cache address: ${kind}/${key}`);
    return join(this.#kindDir(kind), key.slice(0, 2), `${key}${suffix}`);
  }

  #kindDir(kind: string): string {
    if (!kindPattern.test(kind)) throw new TypeError(`not a cache address: ${kind}`);
    return join(this.dir, layout, kind);
  }
}

const jsonSuffix = '.json';
const textSuffix = '.txt';
const textHeader = 'communique-text ';

/** The text of a text entry, or undefined when its first line does not give its length. */
function textBody(entry: string): string | undefined {
  if (!entry.startsWith(textHeader)) return undefined;
  const lineEnd = entry.indexOf('\n', textHeader.length);
  if (lineEnd < 0) return undefined;
  const length = entry.slice(textHeader.length, lineEnd);
  if (!/^\d+$/.test(length) || entry.length - lineEnd - 1 !== Number(length)) return undefined;
  return entry.slice(lineEnd + 1);
}

function attempt(work: () => void): void {
  try {
    work();
  } catch {
    // A read-only or broken cache folder: nothing to mark or remove.
  }
}

function forget(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // A read-only or broken cache folder: the entry stays a miss.
  }
}

/**
 * Writes a file, making its folder first only when it is missing: an entry's folder (one of 256
 * per kind) almost always exists, and asking for it before every write was a `mkdir` and a `stat`
 * for each of the 100,000 entries of a cold build.
 */
function writeInFolder(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
  }
}
