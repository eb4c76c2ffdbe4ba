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

export const checks: readonly Check[] = [
  checkPeople,
  checkReleaseContacts,
  checkDates,
  checkFigures,
  checkMedia,
  checkLinks,
  checkHtml,
  checkTranslationSources,
  checkMissingTranslations,
  checkRegistryGaps,
  ...crossTranslationChecks,
];

/** Every problem of a loaded press room: loading diagnostics plus every check, sorted by place. */
export function checkPressRoom(room: PressRoom, extraChecks: readonly Check[] = []): Diagnostic[] {
  const found: Diagnostic[] = [...room.diagnostics];
  const report = (d: Diagnostic) => found.push(d);
  for (const check of [...checks, ...extraChecks]) check(room, report);
  return found.sort(compareDiagnostics);
}
