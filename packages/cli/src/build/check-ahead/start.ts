import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  type CheckCache,
  chunkCount,
  chunkSize,
  DiskStore,
  type ForwardClaims,
  type PressRoom,
} from '@communique/core';
import type { PublishRequest } from '../publish.ts';
import type { CheckAheadData } from './in-worker.ts';
import { SharedClaims } from './shared-claims.ts';

/** How `build` checks ahead (the CLI's defaults suit; tests set the rest). */
export interface CheckAheadOptions {
  /**
   * Fewest releases left to check that are worth a second thread (default: more than two chunks).
   * Below, loading the room a second time costs more than the thread saves.
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

/** The build the worker checks ahead for: the same content, cache and instant. */
export type CheckAheadRequest = CheckAheadOptions &
  Pick<PublishRequest, 'contentDir' | 'now' | 'preview'> & { readonly cacheDir: string };

export interface CheckingAhead {
  /** For the main thread's `checkPressRoom`. */
  readonly claims: ForwardClaims;
  /** Ends the thread (once the main thread has taken every chunk) and says how many chunks it checked. */
  stop(): number;
}

/**
 * Starts a worker thread that loads the room itself and checks (and renders) chunks of releases
 * from the end, into the content cache, while the main thread checks from the start: a cold build
 * uses a second core. Called once the main thread has loaded `room`. Returns undefined when the
 * cache already holds the diagnostics of most releases (a warm build, or one edit: a second load
 * would only slow the main thread down) or when too few are left to check.
 */
export function startCheckingAhead(
  request: CheckAheadRequest,
  room: PressRoom,
  cache: CheckCache,
): CheckingAhead | undefined {
  if (uncheckedEstimate(room, cache) < minReleases(request)) return undefined;
  return startWorker(request, chunkCount(room));
}

/**
 * The same, called before the main thread loads the room, when the content cache has never held
 * any diagnostics (a first build, or one after the cache was deleted): the worker then loads the
 * room while the main thread does, on a core that would otherwise wait, instead of after it.
 * Returns undefined when the cache has diagnostics (`startCheckingAhead` decides once the room is
 * loaded) or when the room has too few release folders.
 */
export function startCheckingAheadOfLoading(request: CheckAheadRequest): CheckingAhead | undefined {
  if (new DiskStore(request.cacheDir).holdsKind('checks')) return undefined;
  const folders = releaseFolderBound(request.contentDir);
  if (folders < minReleases(request)) return undefined;
  // Sized by the folders found, as many as there can be releases: chunks past the room's end are
  // never claimed.
  return startWorker(request, Math.ceil(folders / chunkSize));
}

function minReleases(request: CheckAheadRequest): number {
  return request.minReleases ?? 2 * chunkSize + 1;
}

/** At least as many as the room's releases: the entries of each year folder under `releases/`. */
function releaseFolderBound(contentDir: string): number {
  const releases = join(contentDir, 'releases');
  let count = 0;
  try {
    for (const year of readdirSync(releases, { withFileTypes: true }))
      if (year.isDirectory()) count += readdirSync(join(releases, year.name)).length;
  } catch {
    // A room the loader will report on.
  }
  return count;
}

function startWorker(request: CheckAheadRequest, chunks: number): CheckingAhead {
  const claims = SharedClaims.create(chunks);
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

/** Releases the cache has no diagnostics for, estimated from about 500 spread over the room. */
function uncheckedEstimate(room: PressRoom, cache: CheckCache): number {
  const releases = room.releases;
  const step = Math.max(1, Math.floor(releases.length / 500));
  let sampled = 0;
  let missed = 0;
  for (let index = 0; index < releases.length; index += step) {
    sampled++;
    if (cache.lookup(releases[index]!) === undefined) missed++;
  }
  return sampled === 0 ? 0 : Math.round((missed / sampled) * releases.length);
}
