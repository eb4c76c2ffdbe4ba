/**
 * The entries of the content cache one build used, by kind: what a sweep after it keeps. Recorded
 * per thread, between `recordCacheUse()` and the sweep; every store of the thread notes what it
 * reads, writes or keys (`noteCacheUse`).
 */
export class CacheUse {
  readonly #kinds = new Map<string, Set<string>>();

  note(kind: string, key: string): void {
    let keys = this.#kinds.get(kind);
    if (!keys) {
      keys = new Set();
      this.#kinds.set(kind, keys);
    }
    keys.add(key);
  }

  has(kind: string, key: string): boolean {
    return this.#kinds.get(kind)?.has(key) ?? false;
  }
}

let recording: CacheUse | undefined;

/** Starts recording what this thread's cache stores use, forgetting any earlier record. */
export function recordCacheUse(): CacheUse {
  recording = new CacheUse();
  return recording;
}

/** Stops recording (what was recorded stays in the returned `CacheUse`). */
export function stopRecordingCacheUse(): void {
  recording = undefined;
}

/** Notes that entry `key` of `kind` is used by the build being recorded, if any. */
export function noteCacheUse(kind: string, key: string): void {
  recording?.note(kind, key);
}
