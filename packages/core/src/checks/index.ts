import { sep } from 'node:path';
import type { CheckCache } from '../cache/check-cache.ts';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { PressRoom, Release } from '../model/press-room.ts';
import { checkPeople, checkReleaseContacts } from './contacts.ts';
import type { Check } from './context.ts';
import { crossTranslationChecks } from './cross-translation.ts';
import { checkDates } from './dates.ts';
import { checkFigures } from './figures.ts';
import { checkHtml } from './html.ts';
import { checkLinks } from './links.ts';
import { checkMedia } from './media.ts';
import { checkRegistryGaps } from './registry-gaps.ts';
import { checkTopics } from './topics.ts';
import { checkMissingTranslations, checkTranslationSources } from './translations.ts';

/** Checks of the registries and of metadata across the whole room: run once, on the whole room. */
export const roomChecks: readonly Check[] = [
  checkPeople,
  checkMissingTranslations,
  checkRegistryGaps,
  checkTopics,
];

/**
 * Checks that look at one release at a time (its versions and bodies). They loop over
 * `room.releases` and may be given a view of the room that holds only some releases; anything
 * they need from other releases they take from `room.releaseById`.
 */
export const releaseChecks: readonly Check[] = [
  checkReleaseContacts,
  checkDates,
  checkFigures,
  checkMedia,
  checkLinks,
  checkHtml,
  checkTranslationSources,
  ...crossTranslationChecks,
];

export const checks: readonly Check[] = [...roomChecks, ...releaseChecks];

export interface CheckOptions {
  /**
   * Free each release's parsed bodies once its checks ran (and `onChecked` saw them), bounding
   * memory on large rooms. Default false.
   */
  readonly dropTrees?: boolean;
  /**
   * Diagnostics of earlier runs by release: a release found there is not checked again (its
   * bodies are not even parsed); the others are checked and stored. Room checks always run.
   */
  readonly cache?: CheckCache;
  /**
   * Called with each chunk of releases once they are checked, before their parses are freed:
   * the build renders their pages there, so every body is parsed once for both.
   */
  readonly onChecked?: (releases: readonly Release[]) => void;
  /**
   * Shares the room with another thread that checks chunks from the end (`checkReleasesAhead`):
   * each chunk is taken here before it is checked, and a chunk the other thread checked is then
   * found in `cache`. Without `cache`, ignored.
   */
  readonly claims?: ForwardClaims;
}

/** The forward side of two threads checking one room's chunks (see `CheckOptions.claims`). */
export interface ForwardClaims {
  /**
   * Returns once chunk `index` is this thread's to check, or once the other thread has checked it
   * and stored what it found.
   */
  take(index: number): void;
}

/** The backward side: the thread that checks chunks from the end, ahead of the forward one. */
export interface BackwardClaims {
  /** Whether chunk `index` is still free; if so it is now this thread's. */
  claim(index: number): boolean;
  /** Chunk `index`, claimed before, is checked and its diagnostics stored. */
  finish(index: number): void;
}

/** Releases checked together: their trees are freed once the chunk is checked and rendered. */
export const chunkSize = 200;

/** How many chunks `checkPressRoom` splits the room's releases into. */
export function chunkCount(room: PressRoom): number {
  return Math.ceil(room.releases.length / chunkSize);
}

/** Every problem of a loaded press room: loading diagnostics plus every check, sorted by place. */
export function checkPressRoom(room: PressRoom, options: CheckOptions = {}): Diagnostic[] {
  const found: Diagnostic[] = [...room.diagnostics];
  const report = (d: Diagnostic) => found.push(d);
  for (const check of roomChecks) check(room, report);
  const claims = options.cache ? options.claims : undefined;
  for (let index = 0; index < chunkCount(room); index++) {
    claims?.take(index);
    checkChunk(room, index, options, report);
  }
  return found.sort(compareDiagnostics);
}

/**
 * The backward side of `CheckOptions.claims`: checks the room's chunks from the last one back,
 * storing their diagnostics in `cache`, until it reaches a chunk the forward thread took. Room
 * checks are left to the forward thread.
 */
export function checkReleasesAhead(
  room: PressRoom,
  options: CheckOptions & { readonly cache: CheckCache; readonly claims: BackwardClaims },
): void {
  for (let index = chunkCount(room) - 1; index >= 0 && options.claims.claim(index); index--) {
    try {
      checkChunk(room, index, options, () => {});
    } finally {
      options.claims.finish(index);
    }
  }
}

/** Checks one chunk's releases (those the cache does not know), reporting every diagnostic. */
function checkChunk(
  room: PressRoom,
  index: number,
  options: CheckOptions,
  report: (d: Diagnostic) => void,
): void {
  const cache = options.cache;
  let releases = room.releases.slice(index * chunkSize, (index + 1) * chunkSize);
  if (cache) {
    releases = releases.filter((release) => {
      const known = cache.lookup(release);
      if (known) for (const d of known) report(d);
      return known === undefined;
    });
    if (releases.length === 0) return;
  }
  const view: PressRoom = { ...room, releases };
  const chunk: Diagnostic[] = [];
  for (const check of releaseChecks) check(view, (d) => chunk.push(d));
  for (const d of chunk) report(d);
  if (cache) storeByRelease(cache, releases, chunk);
  options.onChecked?.(view.releases);
  if (options.dropTrees)
    for (const release of view.releases) for (const version of release.versions) version.dropTree();
}

/**
 * Files each diagnostic under the release whose folder it points into. A chunk with a diagnostic
 * outside all of its releases' folders is not stored at all: a later run could not replay it.
 */
function storeByRelease(
  cache: CheckCache,
  releases: readonly Release[],
  diagnostics: readonly Diagnostic[],
): void {
  const byRelease = new Map<Release, Diagnostic[]>(releases.map((release) => [release, []]));
  const owner = (file: string) =>
    releases.find((release) => file === release.dir || file.startsWith(`${release.dir}${sep}`));
  for (const d of diagnostics) {
    const release = owner(d.file);
    if (!release) return;
    byRelease.get(release)?.push(d);
  }
  for (const [release, list] of byRelease) cache.store(release, list);
}
