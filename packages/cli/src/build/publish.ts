import {
  type CheckMemo,
  checkPressRoom,
  type Diagnostic,
  DiskStore,
  FrontMatterCache,
  hasErrors,
  loadPressRoom,
  type PressRoom,
  recordCacheUse,
  releaseCheckCache,
  stopRecordingCacheUse,
  sweepCache,
} from '@communique/core';
import { CommandError } from '../io.ts';
import { replaceAtomically } from './atomic-output.ts';
import { buildProblem } from './build-problem.ts';
import {
  type CheckAheadOptions,
  startCheckingAhead,
  startCheckingAheadOfLoading,
} from './check-ahead/start.ts';
import { type PublishedSite, renderWhileChecking } from './render-while-checking.ts';

export interface PublishRequest {
  readonly contentDir: string;
  readonly outDir: string;
  /** The instant to publish at. */
  readonly now: Date;
  readonly preview: boolean;
  /** The content cache folder (diagnostics and rendered pages of earlier builds), or undefined for none. */
  readonly cacheDir?: string | undefined;
  /** Diagnostics by release kept in memory between builds (`serve`). */
  readonly checkMemo?: CheckMemo | undefined;
  /** Parsed front matter kept between loads (`serve`); default one on `cacheDir`, if any. */
  readonly frontMatterCache?: FrontMatterCache | undefined;
  /**
   * Check, render and lay out the last chunks of releases in a second thread while this one does
   * the first (with a cache only: the thread hands its work over through the cache), when many
   * releases are left to check. `build` turns it on, and so does `serve` for its first build (its
   * later builds find most diagnostics in `checkMemo`).
   */
  readonly checkAhead?: CheckAheadOptions | undefined;
  /** Runs after the site is written into the temporary folder, before it is swapped in. */
  readonly beforeSwap?: () => Promise<void>;
}

export type PublishOutcome =
  | { readonly ok: false; readonly room: PressRoom; readonly diagnostics: readonly Diagnostic[] }
  | {
      readonly ok: true;
      readonly room: PressRoom;
      readonly diagnostics: readonly Diagnostic[];
      readonly pages: number;
      readonly files: number;
      readonly milliseconds: number;
      readonly nextPublication: Date | undefined;
      /** Chunks of releases a second thread checked and rendered (see `checkAhead`). */
      readonly chunksCheckedAhead: number;
      /** Entries of the content cache that no build used for a week, removed after this one. */
      readonly cacheEntriesRemoved?: number;
      /** What was published (serve publishes only edited releases around it after an edit). */
      readonly published: PublishedSite | undefined;
    };

/**
 * Loads and checks the press room, then (only when no error was found) builds the site into a
 * temporary folder and swaps it in. With a cache, a build that succeeded then sweeps it, at most
 * once a day: entries it did not use, written over a week ago, are removed (`sweepCache`).
 */
export async function checkAndPublish(request: PublishRequest): Promise<PublishOutcome> {
  const cacheDir = request.cacheDir;
  const use = cacheDir === undefined ? undefined : recordCacheUse();
  let outcome: PublishOutcome;
  try {
    outcome = await checkThenPublish(request);
  } finally {
    stopRecordingCacheUse();
  }
  if (!use || cacheDir === undefined || !outcome.ok) return outcome;
  return { ...outcome, cacheEntriesRemoved: sweepCache(cacheDir, use).removed };
}

async function checkThenPublish(request: PublishRequest): Promise<PublishOutcome> {
  const started = performance.now();
  const frontMatterCache =
    request.frontMatterCache ??
    (request.cacheDir === undefined ? undefined : new FrontMatterCache(request.cacheDir));
  const cacheDir = request.cacheDir;
  const aheadOfLoading =
    request.checkAhead && cacheDir !== undefined
      ? startCheckingAheadOfLoading({ ...request, ...request.checkAhead, cacheDir })
      : undefined;
  // Imported while the room loads: the loader's thread resolves and reads the site's modules meanwhile.
  const siteBuild = import('@communique/site/build');
  siteBuild.catch(() => {});
  const room = loadPressRoom(request.contentDir, { frontMatterCache, readAhead: true });
  const store = request.cacheDir === undefined ? undefined : new DiskStore(request.cacheDir);
  const memo = request.checkMemo;
  const checkCache = store || memo ? releaseCheckCache(room, { store, memo }) : undefined;
  // Unless started before (a cache that never held diagnostics), started once the room is loaded
  // (and its front matter saved in the cache, where the worker's own load finds it), and only when
  // the cache lacks the diagnostics of many releases.
  const ahead =
    aheadOfLoading ??
    (request.checkAhead && cacheDir !== undefined && checkCache
      ? startCheckingAhead({ ...request, ...request.checkAhead, cacheDir }, room, checkCache)
      : undefined);
  const { buildSite, layOutReleasesAhead, publishForBuild, renderBodyAhead } = await siteBuild;
  const early = renderWhileChecking(
    room,
    renderBodyAhead,
    (target) =>
      publishForBuild(target, {
        now: request.now,
        preview: request.preview,
        baseUrl: undefined,
        cache: cacheDir,
      }),
    cacheDir === undefined ? undefined : (model, releases) => layOutReleasesAhead(model, releases, cacheDir),
  );
  // Each body's parse is freed once its release is checked and its pages rendered: keeping every
  // tree until Eleventy lays the pages out held the whole corpus in memory (over 2 GiB at
  // 10,000 × 5), and parsing again there would parse every body twice.
  const diagnostics = checkPressRoom(room, {
    dropTrees: true,
    onChecked: early.render,
    ...(checkCache ? { cache: checkCache } : {}),
    ...(ahead ? { claims: ahead.claims } : {}),
  });
  const chunksCheckedAhead = ahead?.stop() ?? 0;
  if (hasErrors(diagnostics)) return { ok: false, room, diagnostics };
  const published = early.published();
  try {
    const result = await replaceAtomically(
      request.outDir,
      (tempDir) =>
        buildSite({
          content: request.contentDir,
          room,
          now: request.now,
          preview: request.preview,
          outDir: tempDir,
          ...(request.cacheDir === undefined ? {} : { cache: request.cacheDir }),
          ...(published ? { published } : {}),
        }),
      { beforeSwap: request.beforeSwap },
    );
    return {
      ok: true,
      room,
      diagnostics,
      pages: result.pages,
      files: result.files,
      milliseconds: performance.now() - started,
      nextPublication: result.nextPublication,
      chunksCheckedAhead,
      published: result.published,
    };
  } catch (error) {
    const problem = buildProblem(error);
    if (problem) throw new CommandError(`${problem}; the output folder was not changed`);
    throw error;
  }
}

export function instantText(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, 'Z');
}
