import { parseInstant } from '../model/instant.ts';
import type { PressRoom, ReleaseMeta } from '../model/press-room.ts';
import { isPublished, publishesAt } from '../model/publication.ts';
import { releaseGraph, type VersionState } from './graph.ts';

/** A cell of the matrix: a version's state, or `missing` when the release has no such version. */
export type LanguageState = VersionState | 'missing';

export interface LanguageStatus {
  readonly lang: string;
  readonly state: LanguageState;
  /** The language it was translated from, for translations. */
  readonly source?: string;
  /** Whether `site.yaml` requires this language. */
  readonly required: boolean;
}

export type Publication = 'published' | 'embargoed' | 'draft' | 'unknown';

export interface ReleaseStatus {
  readonly id: string;
  readonly title: string | undefined;
  readonly original: string | undefined;
  /** One entry per site language, in `site.yaml` order. */
  readonly languages: readonly LanguageStatus[];
  /**
   * At the given instant: `published`; `embargoed` (its `embargo`, or a `date` in the future, is
   * still ahead); `draft` (never published while `draft: true`); `unknown` (the original is
   * invalid, `check` says why; such a release is never published).
   */
  readonly publication: Publication;
  /**
   * The instant it publishes (the later of `date` and `embargo`), in UTC; for a draft, the instant
   * it would publish once `draft: true` is removed.
   */
  readonly publishesAt: string | undefined;
  /** The same instant as written in the original, with its offset (`2027-02-10T09:00:00+01:00`). */
  readonly publishesAtWritten: string | undefined;
}

function publicationOf(meta: ReleaseMeta | undefined, now: Date): Publication {
  if (meta?.draft) return 'draft';
  if (!meta || publishesAt(meta) === undefined) return 'unknown';
  return isPublished(meta, now) ? 'published' : 'embargoed';
}

/** The field whose instant `publishesAt` picked, as written. */
function writtenInstant(meta: ReleaseMeta, at: number): string | undefined {
  if (meta.embargo !== undefined && parseInstant(meta.embargo)?.epochMilliseconds === at) return meta.embargo;
  return meta.date;
}

/** The translation matrix: every release × every site language, plus where each release stands. */
export function translationStatus(room: PressRoom, now: Date): ReleaseStatus[] {
  const languages = room.site?.languages ?? [];
  const required = new Set(room.site?.requiredLanguages ?? []);
  return room.releases.map((release) => {
    const graph = releaseGraph(release);
    const byLang = new Map(graph.versions.map((node) => [node.lang, node]));
    const meta = release.original?.meta;
    const at = meta ? publishesAt(meta) : undefined;
    return {
      id: release.id,
      title: meta?.title,
      original: graph.original,
      languages: languages.map((lang): LanguageStatus => {
        const node = byLang.get(lang);
        return {
          lang,
          state: node ? node.state : 'missing',
          ...(node?.source !== undefined ? { source: node.source } : {}),
          required: required.has(lang),
        };
      }),
      publication: publicationOf(meta, now),
      publishesAt: at === undefined ? undefined : new Date(at).toISOString(),
      publishesAtWritten: meta && at !== undefined ? writtenInstant(meta, at) : undefined,
    };
  });
}
