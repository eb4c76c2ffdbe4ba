import {
  checkReleasesAhead,
  DiskStore,
  FrontMatterCache,
  loadPressRoom,
  releaseCheckCache,
} from '@communique/core';
import { renderWhileChecking } from '../render-while-checking.ts';
import { SharedClaims } from './shared-claims.ts';

/** What the main thread tells the thread that checks ahead. */
export interface CheckAheadData {
  readonly contentDir: string;
  readonly cacheDir: string;
  /** The build's instant, as milliseconds since the epoch. */
  readonly now: number;
  readonly preview: boolean;
  /** `SharedClaims.buffer`. */
  readonly claims: SharedArrayBuffer;
}

/**
 * The worker thread's side (`worker.mjs` calls it): loads the room itself (the same files the main
 * thread loads), then checks chunks from the end and renders their bodies, all into the content
 * cache, where the main thread finds them when it gets there.
 */
export async function checkAheadInWorker(data: CheckAheadData): Promise<void> {
  const room = loadPressRoom(data.contentDir, {
    frontMatterCache: new FrontMatterCache(data.cacheDir, { readOnly: true }),
  });
  const { layOutReleasesAhead, publishForBuild, renderBodyAhead } = await import('@communique/site/build');
  const early = renderWhileChecking(
    room,
    renderBodyAhead,
    (target) =>
      publishForBuild(target, {
        now: new Date(data.now),
        preview: data.preview,
        baseUrl: undefined,
        cache: data.cacheDir,
      }),
    (model, releases) => layOutReleasesAhead(model, releases, data.cacheDir),
  );
  checkReleasesAhead(room, {
    dropTrees: true,
    onChecked: early.render,
    cache: releaseCheckCache(room, { store: new DiskStore(data.cacheDir) }),
    claims: new SharedClaims(data.claims),
  });
}
