import type { LanguageState, Publication, ReleaseStatus } from '@communique/core';
import { type StatusTotals, statusTotals } from './totals.ts';

/**
 * The shape `status --format json` prints. Stable: fields may be added, never renamed or
 * removed; absent values are `null`, never missing keys.
 */
export interface StatusJson {
  /** The instant embargoes were evaluated at (`--now`, else the current time), UTC. */
  readonly now: string;
  readonly languages: readonly string[];
  readonly requiredLanguages: readonly string[];
  readonly releases: readonly {
    readonly id: string;
    readonly title: string | null;
    readonly original: string | null;
    readonly publication: Publication;
    readonly publishesAt: string | null;
    readonly publishesAtWritten: string | null;
    readonly languages: readonly {
      readonly lang: string;
      readonly state: LanguageState;
      readonly source: string | null;
      readonly required: boolean;
    }[];
  }[];
  readonly totals: StatusTotals;
}

export function statusJson(
  statuses: readonly ReleaseStatus[],
  languages: readonly string[],
  requiredLanguages: readonly string[],
  now: Date,
): StatusJson {
  return {
    now: now.toISOString(),
    languages,
    requiredLanguages,
    releases: statuses.map((status) => ({
      id: status.id,
      title: status.title ?? null,
      original: status.original ?? null,
      publication: status.publication,
      publishesAt: status.publishesAt ?? null,
      publishesAtWritten: status.publishesAtWritten ?? null,
      languages: status.languages.map((cell) => ({
        lang: cell.lang,
        state: cell.state,
        source: cell.source ?? null,
        required: cell.required,
      })),
    })),
    totals: statusTotals(statuses),
  };
}
