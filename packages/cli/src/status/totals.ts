import type { LanguageState, ReleaseStatus } from '@communique/core';

export interface StatusTotals {
  readonly releases: number;
  readonly upToDate: number;
  readonly untranslated: number;
  readonly outdated: number;
  readonly untracked: number;
  readonly missing: number;
  /** Missing versions in a `requiredLanguages` language (the `translation-missing` warnings). */
  readonly requiredMissing: number;
}

/** How many cells of the matrix are in each state. */
export function statusTotals(statuses: readonly ReleaseStatus[]): StatusTotals {
  const cells = statuses.flatMap((status) => status.languages);
  const count = (state: LanguageState) => cells.filter((cell) => cell.state === state).length;
  return {
    releases: statuses.length,
    upToDate: count('up-to-date'),
    untranslated: count('untranslated'),
    outdated: count('outdated'),
    untracked: count('untracked'),
    missing: count('missing'),
    requiredMissing: cells.filter((cell) => cell.state === 'missing' && cell.required).length,
  };
}
