import type { PressRoom, Release, ReleaseVersion } from '../model/press-room.ts';
import { isPublished, publishesAt } from '../model/publication.ts';
import { textFingerprint } from './fingerprint.ts';

/** Where a language stands for one release. */
export type VersionState = 'original' | 'up-to-date' | 'untranslated' | 'outdated' | 'untracked' | 'missing';

export interface LanguageStatus {
  readonly lang: string;
  readonly state: VersionState;
  /** The language it was translated from, for translations. */
  readonly source?: string;
  /** Whether `site.yaml` requires this language. */
  readonly required: boolean;
}

export interface ReleaseStatus {
  readonly id: string;
  readonly title: string | undefined;
  readonly original: string | undefined;
  readonly languages: readonly LanguageStatus[];
  /** `published`, `draft`, or `embargoed` (with the instant it publishes). */
  readonly publication: 'published' | 'draft' | 'embargoed' | 'unknown';
  readonly publishesAt: string | undefined;
}

/** The version a translation was made from, when it exists. */
export function sourceOf(release: Release, version: ReleaseVersion): ReleaseVersion | undefined {
  return version.source === undefined ? undefined : release.versions.find((v) => v.lang === version.source);
}

function sameText(a: unknown, b: unknown): boolean {
  const collapse = (text: unknown) => (typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '');
  return collapse(a) === collapse(b);
}

export function versionState(release: Release, version: ReleaseVersion): VersionState {
  if (version.source === undefined) return 'original';
  if (version.sourceHash === undefined) return 'untracked';
  const source = sourceOf(release, version);
  if (!source || textFingerprint(source) !== version.sourceHash) return 'outdated';
  // A scaffold records the hash at once: until its text differs from the source, it is not translated.
  return sameText(source.body, version.body) && sameText(source.raw.title, version.raw.title)
    ? 'untranslated'
    : 'up-to-date';
}

/** The translation matrix: every release × every site language, plus publication state. */
export function translationStatus(room: PressRoom, now: Date): ReleaseStatus[] {
  const languages = room.site?.languages ?? [];
  const required = new Set(room.site?.requiredLanguages ?? []);
  return room.releases.map((release) => {
    const byLang = new Map(release.versions.map((v) => [v.lang, v]));
    const meta = release.original?.meta;
    const at = meta ? publishesAt(meta) : undefined;
    const publication = !meta
      ? 'unknown'
      : meta.draft
        ? 'draft'
        : isPublished(meta, now)
          ? 'published'
          : 'embargoed';
    return {
      id: release.id,
      title: meta?.title,
      original: release.original?.lang,
      languages: languages.map((lang) => {
        const version = byLang.get(lang);
        const state: VersionState = version ? versionState(release, version) : 'missing';
        return {
          lang,
          state,
          ...(version?.source ? { source: version.source } : {}),
          required: required.has(lang),
        };
      }),
      publication,
      publishesAt: at === undefined ? undefined : new Date(at).toISOString(),
    };
  });
}
