import { type MessagePort, Worker } from 'node:worker_threads';
import { type Bundle, type Merged, mergeBundles, place } from './pagefind-bundle.ts';
import { attempt, lookUp, store } from './search-index-cache.ts';

/**
 * The file work of a search index build: checking a stored index, storing one, placing the merged
 * one. At 10,000 releases × 5 languages that is some 50,000 files to check and link, over a
 * second of work: done by a worker thread, the build's thread goes on meanwhile (Eleventy
 * writing its pages, for a build that started the index as soon as the release pages were in
 * place).
 */
export interface IndexFiles {
  /**
   * Looks up each stored entry (null: none to look up) and, when every one is found and they
   * merge, places the merged index at `target`.
   */
  placeCached(entries: readonly (string | null)[], target: string): Promise<CachedIndex>;
  /** `store`: keeps a copy of a fresh bundle as entry `key` (never fails: a cache is optional). */
  store(cache: string, entries: string, key: string, source: string): Promise<void>;
  /** `place`: writes the merged bundle to `target`. */
  place(merged: Merged, target: string): Promise<void>;
  /** Lets the worker go (it holds nothing once its last answer arrived). */
  close(): void;
}

/** What the cache held of an index: each entry's bundle, and the merged index once placed. */
export interface CachedIndex {
  readonly found: readonly (Bundle | undefined)[];
  readonly placed?: MergedIndex | undefined;
}

/** What the build needs to know of a merged index it placed. */
export type MergedIndex = Pick<Merged, 'entry' | 'languages'>;

/** The same work in the calling thread (a refresh in tests, or a worker that could not start). */
export const inThisThread: IndexFiles = {
  placeCached: async (entries, target) => placeCached(entries, target),
  store: async (cache, entries, key, source) => store(cache, entries, key, source),
  place: async (merged, target) => place(merged, target),
  close: () => {},
};

type Request =
  | { readonly op: 'placeCached'; readonly entries: readonly (string | null)[]; readonly target: string }
  | {
      readonly op: 'store';
      readonly cache: string;
      readonly entries: string;
      readonly key: string;
      readonly source: string;
    }
  | { readonly op: 'place'; readonly merged: MergedMessage; readonly target: string };

/** A `Merged` as a message: each file with the folder and mode of the bundle it comes from. */
interface MergedMessage {
  readonly files: readonly (readonly [file: string, dir: string, move: boolean])[];
  readonly entry: string;
}

type Reply =
  | { readonly id: number; readonly ok: true; readonly value: CachedIndex | undefined }
  | { readonly id: number; readonly ok: false; readonly message: string };

/**
 * Starts a worker thread for the file work; each call is answered in order. Should the thread
 * fail to start or die, the work it had not answered is done in this thread. `entry`: the
 * thread's module (tests give one that fails).
 */
export function inWorker(entry = new URL('./search-index-files-worker.mjs', import.meta.url)): IndexFiles {
  const worker = new Worker(entry);
  worker.unref();
  const waiting = new Map<number, Call>();
  let next = 0;
  let gone = false;
  const goOnHere = () => {
    gone = true;
    for (const call of waiting.values()) settleHere(call);
    waiting.clear();
  };
  worker.on('message', (reply: Reply) => {
    const call = waiting.get(reply.id);
    if (!call) return;
    waiting.delete(reply.id);
    if (waiting.size === 0) worker.unref();
    if (reply.ok) call.resolve(reply.value);
    else call.reject(new Error(reply.message));
  });
  worker.on('error', goOnHere);
  worker.on('exit', goOnHere);
  const ask = (request: Request): Promise<CachedIndex | undefined> =>
    new Promise((resolve, reject) => {
      const call = { request, resolve, reject };
      if (gone) {
        settleHere(call);
        return;
      }
      const id = next++;
      waiting.set(id, call);
      worker.ref();
      worker.postMessage({ id, request });
    });
  return {
    placeCached: async (entries, target) =>
      (await ask({ op: 'placeCached', entries, target })) ?? { found: entries.map(() => undefined) },
    store: async (cache, entries, key, source) => {
      await ask({ op: 'store', cache, entries, key, source });
    },
    place: async (merged, target) => {
      const files = [...merged.files].map(([file, bundle]) => [file, bundle.dir, bundle.move] as const);
      await ask({ op: 'place', merged: { files, entry: merged.entry }, target });
    },
    close: () => void worker.terminate(),
  };
}

interface Call {
  readonly request: Request;
  readonly resolve: (value: CachedIndex | undefined) => void;
  readonly reject: (error: unknown) => void;
}

function settleHere(call: Call): void {
  try {
    call.resolve(perform(call.request));
  } catch (error) {
    call.reject(error);
  }
}

function placeCached(entries: readonly (string | null)[], target: string): CachedIndex {
  const found = entries.map((entry) => (entry === null ? undefined : attempt(() => lookUp(entry))));
  if (found.some((bundle) => bundle === undefined)) return { found };
  const merged = mergeBundles(found as Bundle[]);
  if (!merged) return { found };
  place(merged, target);
  return { found, placed: { entry: merged.entry, languages: merged.languages } };
}

/** The worker thread's side (`search-index-files-worker.mjs` calls it). */
export function answerIndexFiles(port: MessagePort): void {
  port.on('message', ({ id, request }: { id: number; request: Request }) => {
    try {
      port.postMessage({ id, ok: true, value: perform(request) } satisfies Reply);
    } catch (error) {
      port.postMessage({
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies Reply);
    }
  });
}

function perform(request: Request): CachedIndex | undefined {
  switch (request.op) {
    case 'placeCached':
      return placeCached(request.entries, request.target);
    case 'store':
      store(request.cache, request.entries, request.key, request.source);
      return undefined;
    case 'place': {
      const bundles = new Map<string, Bundle>();
      const bundleOf = (dir: string, move: boolean): Bundle => {
        const id = `${move}\u0000${dir}`;
        let bundle = bundles.get(id);
        if (!bundle) {
          bundle = { dir, files: [], entry: { languages: {} }, move };
          bundles.set(id, bundle);
        }
        return bundle;
      };
      const { files, entry } = request.merged;
      place(
        {
          files: new Map(files.map(([file, dir, move]) => [file, bundleOf(dir, move)])),
          entry,
          languages: {},
        },
        request.target,
      );
      return undefined;
    }
  }
}
