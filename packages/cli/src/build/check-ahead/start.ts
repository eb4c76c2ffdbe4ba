import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { chunkSize, type ForwardClaims } from '@communique/core';
import type { CheckAheadData } from './in-worker.ts';
import { SharedClaims } from './shared-claims.ts';

export interface CheckAheadRequest {
  readonly contentDir: string;
  readonly cacheDir: string;
  readonly now: Date;
  readonly preview: boolean;
  /**
   * Fewest releases worth a second thread (default: more than two chunks). Below, loading the
   * room a second time costs more than the thread saves.
   */
  readonly minReleases?: number | undefined;
  /** The worker's entry module (tests give one that fails). */
  readonly worker?: URL | undefined;
  /**
   * Tests: the main thread starts checking only once the worker has claimed a chunk (or after 60
   * s), so that the worker surely checks some.
   */
  readonly mainWaits?: boolean | undefined;
}

export interface CheckingAhead {
  /** For the main thread's `checkPressRoom`. */
  readonly claims: ForwardClaims;
  /** Ends the thread (once the main thread has taken every chunk) and says how many chunks it checked. */
  stop(): number;
}

/**
 * Starts a worker thread that loads the room itself and checks (and renders) chunks of releases
 * from the end, into the content cache, while the main thread checks from the start: a cold build
 * uses a second core. Returns undefined for a room too small to be worth it, judged by its
 * release folders before anything is loaded.
 */
export function startCheckingAhead(request: CheckAheadRequest): CheckingAhead | undefined {
  const releases = countReleaseFolders(request.contentDir);
  if (releases < (request.minReleases ?? 2 * chunkSize + 1)) return undefined;
  // Counted before loading: a release folder added meanwhile is simply the main thread's.
  const claims = SharedClaims.create(Math.ceil(releases / chunkSize));
  const worker = new Worker(request.worker ?? new URL('./worker.mjs', import.meta.url), {
    workerData: {
      contentDir: request.contentDir,
      cacheDir: request.cacheDir,
      now: request.now.getTime(),
      preview: request.preview,
      claims: claims.buffer,
    } satisfies CheckAheadData,
  });
  // A failing worker only leaves its chunks to the main thread: `take` stops waiting for it.
  worker.on('error', () => {});
  worker.unref();
  let waited = request.mainWaits !== true;
  return {
    claims: {
      take: (index) => {
        if (!waited) claims.waitForBackward(60_000);
        waited = true;
        claims.take(index);
      },
    },
    stop: () => {
      void worker.terminate();
      return claims.finished;
    },
  };
}

/** Release folders (`releases/<year>/<slug>`), counted without reading any file. */
function countReleaseFolders(contentDir: string): number {
  const releases = join(contentDir, 'releases');
  let count = 0;
  for (const year of directories(releases))
    if (/^\d{4}$/.test(year)) count += directories(join(releases, year)).length;
  return count;
}

function directories(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}
