/**
 * Tells when every release page in one folder of the output (a first path segment: `en`, `fr`)
 * is in place, for a reader of those pages (the search index) that can start before the rest of
 * the build is done.
 */
export class FolderReadiness {
  readonly #left = new Map<string, number>();
  readonly #waiting = new Map<string, Deferred>();
  #settled: { readonly error?: Error } | undefined;

  /** `folders`: the folder of each page to be placed, one entry per page. */
  constructor(folders: Iterable<string>) {
    for (const folder of folders) this.#left.set(folder, (this.#left.get(folder) ?? 0) + 1);
  }

  /** A page of `folder` is in place. */
  placed(folder: string): void {
    const left = (this.#left.get(folder) ?? 0) - 1;
    this.#left.set(folder, left);
    if (left === 0) this.#waiting.get(folder)?.resolve();
  }

  /** Every page is in place (those not reported by `placed` were written another way). */
  finish(): void {
    this.#settle({});
  }

  /** The pages will not all be written (the build failed): waiting readers are refused. */
  abandon(error: Error): void {
    this.#settle({ error });
  }

  /** Resolves once every page of `folder` is in place; undefined: once every page is. */
  ready(folder: string | undefined): Promise<void> {
    if (this.#settled) return this.#settled.error ? Promise.reject(this.#settled.error) : Promise.resolve();
    if (folder !== undefined && (this.#left.get(folder) ?? 0) <= 0) return Promise.resolve();
    const key = folder ?? '';
    let deferred = this.#waiting.get(key);
    if (!deferred) {
      deferred = defer();
      this.#waiting.set(key, deferred);
    }
    return deferred.promise;
  }

  #settle(outcome: { readonly error?: Error }): void {
    if (this.#settled) return;
    this.#settled = outcome;
    for (const deferred of this.#waiting.values()) {
      if (outcome.error) deferred.reject(outcome.error);
      else deferred.resolve();
    }
  }
}

interface Deferred {
  readonly promise: Promise<void>;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

function defer(): Deferred {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  // A reader that stopped waiting must not turn a refusal into an unhandled rejection.
  promise.catch(() => {});
  return { promise, resolve, reject };
}
