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
}

const chunkSize = 200;

/** Every problem of a loaded press room: loading diagnostics plus every check, sorted by place. */
export function checkPressRoom(room: PressRoom, options: CheckOptions = {}): Diagnostic[] {
  const found: Diagnostic[] = [...room.diagnostics];
  const report = (d: Diagnostic) => found.push(d);
  for (const check of roomChecks) check(room, report);
  const cache = options.cache;
  for (let start = 0; start < room.releases.length; start += chunkSize) {
    let releases = room.releases.slice(start, start + chunkSize);
    if (cache) {
      releases = releases.filter((release) => {
        const known = cache.lookup(release);
        if (known) found.push(...known);
        return known === undefined;
      });
      if (releases.length === 0) continue;
    }
    const view: PressRoom = { ...room, releases };
    const chunk: Diagnostic[] = [];
    for (const check of releaseChecks) check(view, (d) => chunk.push(d));
    found.push(...chunk);
    if (cache) storeByRelease(cache, releases, chunk);
    options.onChecked?.(view.releases);
    if (options.dropTrees)
      for (const release of view.releases) for (const version of release.versions) version.dropTree();
  }
  return found.sort(compareDiagnostics);
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
