import type { PressRoom, Release, ReleaseVersion } from '../model/press-room.ts';
import { textFingerprint } from './fingerprint.ts';
import { type SharedFieldName, sharedFieldNames, writtenSharedValues } from './shared-fields.ts';

/**
 * Where one version stands. `original`: the version without `source`. `up-to-date`: its
 * `sourceHash` is the source's fingerprint now. `untranslated`: up to date but its body, or its
 * title and summary, are still the source's text word for word (a scaffold nobody has translated).
 * `outdated`: the source's text changed since `sourceHash` was recorded (or the source is gone).
 * `untracked`: no `sourceHash`, so nobody knows which text it matches.
 */
export type VersionState = 'original' | 'up-to-date' | 'untranslated' | 'outdated' | 'untracked';

export interface VersionNode {
  readonly lang: string;
  readonly file: string;
  /** The language it was translated from, as written; undefined for the original. */
  readonly source: string | undefined;
  /**
   * The languages it descends from, ending with itself: `['en']` for the original, `['en', 'fr',
   * 'ar']` for Arabic translated from French. Stops early at a missing source or a loop.
   */
  readonly chain: readonly string[];
  /** Whether `chain` starts at the original (false when a source is missing or loops). */
  readonly reachesOriginal: boolean;
  /** This version's text fingerprint: what a translation made from it records as `sourceHash`. */
  readonly fingerprint: string;
  /** The `sourceHash` it records, if any. */
  readonly sourceHash: string | undefined;
  readonly state: VersionState;
  /** The languages translated from this version (its direct children). */
  readonly translations: readonly string[];
  /** Shared fields set in the original that this translation does not write (it inherits them). */
  readonly inherited: readonly SharedFieldName[];
  /** Shared fields this translation writes again (allowed only with the original's values). */
  readonly repeated: readonly SharedFieldName[];
}

export interface ReleaseGraph {
  readonly id: string;
  /** Language of the original, when the folder has exactly one. */
  readonly original: string | undefined;
  /** Every version, in site language order. */
  readonly versions: readonly VersionNode[];
}

/** The version a translation was made from, when it exists in the folder. */
export function sourceOf(release: Release, version: ReleaseVersion): ReleaseVersion | undefined {
  return version.source === undefined || version.source === version.lang
    ? undefined
    : release.versions.find((v) => v.lang === version.source);
}

const collapse = (text: unknown) => (typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '');
const sameText = (a: unknown, b: unknown) => collapse(a) === collapse(b);

/** Whether a translation still carries its source's words (a scaffold nobody has translated yet). */
function stillSourceText(version: ReleaseVersion, source: ReleaseVersion): boolean {
  if (collapse(version.body) !== '' && sameText(version.body, source.body)) return true;
  return sameText(version.raw.title, source.raw.title) && sameText(version.raw.summary, source.raw.summary);
}

/** A version's state, given a way to fingerprint versions (so one graph computes each once). */
export function versionState(
  release: Release,
  version: ReleaseVersion,
  fingerprint: (version: ReleaseVersion) => string = textFingerprint,
): VersionState {
  if (version.source === undefined) return 'original';
  if (version.sourceHash === undefined) return 'untracked';
  const source = sourceOf(release, version);
  if (!source || fingerprint(source) !== version.sourceHash) return 'outdated';
  return stillSourceText(version, source) ? 'untranslated' : 'up-to-date';
}

function chainOf(release: Release, version: ReleaseVersion): { chain: string[]; reachesOriginal: boolean } {
  const chain = [version.lang];
  let current = version;
  while (current.source !== undefined) {
    const next = sourceOf(release, current);
    if (!next || chain.includes(next.lang)) return { chain, reachesOriginal: false };
    chain.unshift(next.lang);
    current = next;
  }
  return { chain, reachesOriginal: current === release.original };
}

function sharedFieldsOf(version: ReleaseVersion): Set<SharedFieldName> {
  return new Set(writtenSharedValues(version.raw).map((written) => written.field));
}

/** One release's translation graph: who was translated from whom, and what each inherits. */
export function releaseGraph(release: Release): ReleaseGraph {
  const fingerprints = new Map<ReleaseVersion, string>();
  const fingerprint = (version: ReleaseVersion) => {
    let found = fingerprints.get(version);
    if (found === undefined) {
      found = textFingerprint(version);
      fingerprints.set(version, found);
    }
    return found;
  };
  const original = release.original;
  const inOriginal = original ? sharedFieldsOf(original) : new Set<SharedFieldName>();
  // An original that says nothing still has a type and a draft flag (the defaults), and passes them on.
  if (original?.meta) for (const field of ['type', 'draft'] as const) inOriginal.add(field);
  const versions = release.versions.map((version): VersionNode => {
    const isOriginal = version.source === undefined;
    const written = isOriginal ? new Set<SharedFieldName>() : sharedFieldsOf(version);
    return {
      lang: version.lang,
      file: version.file,
      source: version.source,
      ...chainOf(release, version),
      fingerprint: fingerprint(version),
      sourceHash: version.sourceHash,
      state: versionState(release, version, fingerprint),
      translations: release.versions
        .filter((v) => v.source === version.lang && v !== version)
        .map((v) => v.lang),
      inherited: isOriginal ? [] : sharedFieldNames.filter((f) => inOriginal.has(f) && !written.has(f)),
      repeated: sharedFieldNames.filter((f) => written.has(f)),
    };
  });
  return { id: release.id, original: original?.lang, versions };
}

/** The translation graph of every release of a loaded press room. */
export function translationGraph(room: PressRoom): ReleaseGraph[] {
  return room.releases.map(releaseGraph);
}
