import { hash } from 'node:crypto';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { DiskStore } from './store.ts';

/** Parsed YAML by text: what `YamlSource` asks before parsing, and offers after. */
export interface YamlDataCache {
  /** The data parsed from `text` before (a fresh copy), or undefined when it was never cached. */
  get(text: string): unknown;
  /** Keeps `data` as what `text` parses to, when JSON can carry it unchanged. */
  offer(text: string, data: unknown): void;
  /** How a release file whose text has this digest (`textDigest`) was split before, or undefined. */
  getSplit(digest: string): CachedSplit | undefined;
  /** Keeps how a release file that reported nothing was split, when JSON can carry its data. */
  offerSplit(digest: string, split: CachedSplit): void;
}

/**
 * What splitting a release file found: where its front matter and body are, and the front
 * matter's data. Kept by a digest of the whole file's text, so that a file seen before is not split
 * by gray-matter again, nor its front matter hashed on its own (some 0.5 s of a build that finds
 * 50,000 files unchanged).
 */
export interface CachedSplit {
  readonly data: unknown;
  /** Start and end offsets of the front matter text, as `YamlSource` is given it. */
  readonly yaml: readonly [number, number];
  /** Offset where the body starts. */
  readonly body: number;
  /** 1-based line of the file where the body starts. */
  readonly bodyLine: number;
}

/** Bump when what `YamlSource` makes of a text changes (parse options, post-processing). */
const generation = '1';
const parserTag = `yaml@${yamlVersion()}/${generation}`;
const kind = 'front-matter';

interface Shelf {
  readonly entries: Record<string, string>;
}

/** One content root's entries: the file as read on first lookup, and those used since the last save. */
class RootCache implements YamlDataCache {
  hits = 0;
  misses = 0;
  readonly #store: DiskStore;
  readonly #key: string;
  #stored: Map<string, string> | undefined;
  #used = new Map<string, string>();
  #changed = false;

  constructor(store: DiskStore, key: string) {
    this.#store = store;
    this.#key = key;
  }

  get(text: string): unknown {
    const data = this.#parsed(keyOf(text));
    if (data === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    return data;
  }

  offer(text: string, data: unknown): void {
    if (survivesJson(data, new Set())) this.#keep(keyOf(text), () => JSON.stringify(data));
  }

  // A miss is not counted here: the front matter's own text is looked up next.
  getSplit(digest: string): CachedSplit | undefined {
    const key = splitKeyOf(digest);
    const split = this.#parsed(key);
    if (split === undefined) return undefined;
    if (!isSplit(split)) {
      this.#used.delete(key);
      return undefined;
    }
    this.hits++;
    return split;
  }

  offerSplit(digest: string, split: CachedSplit): void {
    if (survivesJson(split.data, new Set())) this.#keep(splitKeyOf(digest), () => JSON.stringify(split));
  }

  /** The entry's value (a fresh copy), marked used; undefined, and dropped, when it is not JSON. */
  #parsed(key: string): unknown {
    const json = this.#used.get(key) ?? this.#entries().get(key);
    if (json === undefined) return undefined;
    try {
      const value = JSON.parse(json) as unknown;
      this.#used.set(key, json);
      return value;
    } catch {
      this.#used.delete(key);
      return undefined;
    }
  }

  #keep(key: string, json: () => string): void {
    if (this.#used.has(key)) return;
    const value = json();
    this.#used.set(key, value);
    // New, or in place of a stored value that could not be read.
    if (this.#entries().get(key) !== value) this.#changed = true;
  }

  /** Writes the entries used since the last save, unless they are exactly what the file holds. */
  save(): void {
    // Nothing changed, so the used entries are stored ones as stored: equal in number, equal.
    // Nothing used at all (a second save with no load between) keeps the file as it is: saving
    // it empty would lose every entry.
    if (!this.#changed && (this.#used.size === 0 || this.#used.size === this.#entries().size)) return;
    this.#store.write(kind, this.#key, { entries: Object.fromEntries(this.#used) } satisfies Shelf);
    this.#stored = this.#used;
    this.#used = new Map();
    this.#changed = false;
  }

  #entries(): Map<string, string> {
    this.#stored ??= new Map(Object.entries(this.#store.read(kind, this.#key, isShelf)?.entries ?? {}));
    return this.#stored;
  }
}

/**
 * Front matter (and registry) data parsed in earlier loads, kept in a content cache folder as one
 * JSON file per content root: `<dir>/v1/front-matter/<ab>/<hash of the root>.json`. An entry is
 * keyed by a hash of the `yaml` version and the exact text, so an edit, or another parser, is a
 * miss. Saving keeps only the entries used since the last save; a missing or corrupt file is an
 * empty cache, and a file that cannot be written only makes the next load slower.
 */
export class FrontMatterCache {
  readonly dir: string;
  readonly #store: DiskStore;
  readonly #roots = new Map<string, RootCache>();
  readonly #readOnly: boolean;

  /**
   * `readOnly`: never save (a second thread loading the same room, as `build` does on a cold
   * build: saving is the first thread's, and two would race to write one file).
   */
  constructor(dir: string, options: { readonly readOnly?: boolean } = {}) {
    this.dir = dir;
    this.#store = new DiskStore(dir);
    this.#readOnly = options.readOnly === true;
  }

  /** The entries of one content root (its file is read on first lookup). */
  forRoot(root: string): YamlDataCache {
    const path = resolve(root);
    let cache = this.#roots.get(path);
    if (!cache) {
      cache = new RootCache(this.#store, sha256(path));
      this.#roots.set(path, cache);
    }
    return cache;
  }

  /** Texts whose data came from the cache, over this object's life. */
  get hits(): number {
    return this.#sum((cache) => cache.hits);
  }

  /** Texts looked up and not found (then parsed), over this object's life. */
  get misses(): number {
    return this.#sum((cache) => cache.misses);
  }

  #sum(count: (cache: RootCache) => number): number {
    let total = 0;
    for (const cache of this.#roots.values()) total += count(cache);
    return total;
  }

  /** Writes back each root's entries that changed (best effort: failures are ignored). */
  save(): void {
    if (this.#readOnly) return;
    for (const cache of this.#roots.values()) cache.save();
  }
}

function keyOf(text: string): string {
  return sha256(`${parserTag}\u0000${text}`);
}

// Another separator than `keyOf`'s, so that no front matter text and file digest share a key.
function splitKeyOf(digest: string): string {
  return sha256(`${parserTag}\u0001${digest}`);
}

function isSplit(value: unknown): value is CachedSplit {
  if (typeof value !== 'object' || value === null) return false;
  const { yaml, body, bodyLine } = value as Record<string, unknown>;
  const offset = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
  return (
    'data' in value &&
    Array.isArray(yaml) &&
    yaml.length === 2 &&
    offset(yaml[0]) &&
    offset(yaml[1]) &&
    yaml[0] <= yaml[1] &&
    offset(body) &&
    Number.isInteger(bodyLine) &&
    (bodyLine as number) >= 1
  );
}

function sha256(text: string): string {
  return hash('sha256', text);
}

function isShelf(value: unknown): value is Shelf {
  if (typeof value !== 'object' || value === null || !('entries' in value)) return false;
  const entries = value.entries;
  return (
    typeof entries === 'object' &&
    entries !== null &&
    !Array.isArray(entries) &&
    Object.values(entries).every((json) => typeof json === 'string')
  );
}

/**
 * Whether `JSON.parse(JSON.stringify(value))` deep-equals `value`: no `Infinity`, `NaN` or `-0`,
 * no `undefined`, no cycles, nothing but plain objects and dense arrays (YAML tags such as
 * `!!binary` or `!!set` make other objects).
 */
function survivesJson(value: unknown, ancestors: Set<object>): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || ancestors.has(value)) return false;
  const items = Array.isArray(value) ? arrayItems(value) : objectValues(value);
  if (!items) return false;
  ancestors.add(value);
  const ok = items.every((item) => survivesJson(item, ancestors));
  ancestors.delete(value);
  return ok;
}

/** The items of a dense array with no other own properties, else undefined. */
function arrayItems(array: unknown[]): unknown[] | undefined {
  if (Object.getPrototypeOf(array) !== Array.prototype) return undefined;
  if (Reflect.ownKeys(array).length !== array.length + 1) return undefined;
  for (let i = 0; i < array.length; i++) if (!Object.hasOwn(array, i)) return undefined;
  return array;
}

/** The values of a plain object whose own properties are all enumerable string-keyed data, else undefined. */
function objectValues(object: object): unknown[] | undefined {
  if (Object.getPrototypeOf(object) !== Object.prototype) return undefined;
  const values: unknown[] = [];
  for (const key of Reflect.ownKeys(object)) {
    const property = Object.getOwnPropertyDescriptor(object, key);
    if (typeof key !== 'string' || !property?.enumerable || !('value' in property)) return undefined;
    values.push(property.value);
  }
  return values;
}

function yamlVersion(): string {
  try {
    const manifest: unknown = createRequire(import.meta.url)('yaml/package.json');
    if (typeof manifest === 'object' && manifest !== null && 'version' in manifest)
      return String(manifest.version);
  } catch {
    // Bundled without its manifest: fall through.
  }
  return 'unknown';
}
