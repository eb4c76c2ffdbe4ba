import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { PressRoom } from '../model/press-room.ts';
import { checkPeople, checkReleaseContacts } from './contacts.ts';
import type { Check } from './context.ts';
import { crossTranslationChecks } from './cross-translation.ts';
import { checkDates } from './dates.ts';
import { checkFigures } from './figures.ts';
import { checkHtml } from './html.ts';
import { checkLinks } from './links.ts';
import { checkMedia } from './media.ts';
import { checkRegistryGaps } from './registry-gaps.ts';
import { checkMissingTranslations, checkTranslationSources } from './translations.ts';

/** Checks of the registries and of metadata across the whole room: run once, on the whole room. */
export const roomChecks: readonly Check[] = [checkPeople, checkMissingTranslations, checkRegistryGaps];

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
   * Free each release's parsed bodies once its checks ran, bounding memory on large rooms
   * (the build keeps them to render from the same parse). Default false.
   */
  readonly dropTrees?: boolean;
}

const chunkSize = 200;

/** Every problem of a loaded press room: loading diagnostics plus every check, sorted by place. */
export function checkPressRoom(room: PressRoom, options: CheckOptions = {}): Diagnostic[] {
  const found: Diagnostic[] = [...room.diagnostics];
  const report = (d: Diagnostic) => found.push(d);
  for (const check of roomChecks) check(room, report);
  for (let start = 0; start < room.releases.length; start += chunkSize) {
    const view: PressRoom = { ...room, releases: room.releases.slice(start, start + chunkSize) };
    for (const check of releaseChecks) check(view, report);
    if (options.dropTrees)
      for (const release of view.releases) for (const version of release.versions) version.dropTree();
  }
  return found.sort(compareDiagnostics);
}
