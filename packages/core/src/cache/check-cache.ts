import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { rules } from '../diagnostics/rules.ts';
import { directiveUses } from '../markdown/directives.ts';
import { linkedReleases } from '../markdown/release-links.ts';
import type { PressRoom, Release } from '../model/press-room.ts';
import type { OriginalFrontMatter } from '../model/schemas.ts';
import { hashOf, releaseDigest, siteDigest } from './digests.ts';
import type { DiskStore } from './store.ts';

/** Diagnostics of one release's checks, by what they depend on (see `checkPressRoom`'s `cache`). */
export interface CheckCache {
  lookup(release: Release): readonly Diagnostic[] | undefined;
  store(release: Release, diagnostics: readonly Diagnostic[]): void;
}

/** Diagnostics kept in memory by release object, valid while `salt` is: `serve` between edits. */
export type CheckMemo = WeakMap<Release, { readonly salt: string; readonly entry: CheckEntry }>;

/**
 * What a release's checks found, with all they took from outside the release: whether the
 * releases its bodies link to exist (`link-broken`), and whether the people and organisations it
 * names exist (`contact-unknown`; the ids of both registries too when one did not, since the
 * message suggests the nearest). An entry holds while those do, whatever else changes in the
 * room or the registries.
 */
interface CheckEntry {
  readonly diagnostics: readonly Diagnostic[];
  readonly links: readonly (readonly [id: string, existed: boolean])[];
  readonly names: readonly (readonly [registry: Registry, id: string, existed: boolean])[];
  readonly registryIds: string | null;
  /** Who its bodies quote: what its rendered bodies take from the registries. */
  readonly speakers: readonly string[];
}

type Registry = 'people' | 'organisations';

/** What a release's bodies take from outside the release, as its checks found. */
export interface CheckedReferences {
  /** The releases they link to. */
  readonly links: readonly string[];
  /** The people they quote. */
  readonly speakers: readonly string[];
}

const knownReferences = new WeakMap<Release, CheckedReferences>();

/**
 * What a release's bodies take from other releases and the registries, when its checks ran or
 * were found in a check cache in this thread; undefined otherwise.
 */
export function referencesOfChecked(release: Release): CheckedReferences | undefined {
  return knownReferences.get(release);
}

/**
 * A check cache for one loaded room: in memory (`memo`, when given) in front of a folder on disk
 * (`store`, when given). Keys hash the code, `site.yaml` and the release's files; an entry is
 * used only while the releases, people and organisations it names exist as they did.
 */
export function releaseCheckCache(
  room: PressRoom,
  options: { readonly store?: DiskStore | undefined; readonly memo?: CheckMemo | undefined },
): CheckCache {
  const { store, memo } = options;
  const salt = hashOf('checks', siteDigest(room));
  const keyOf = (release: Release) => hashOf(salt, releaseDigest(release));
  const exists = (registry: Registry, id: string) => Object.hasOwn(room[registry].entries, id);
  const holds = (entry: CheckEntry) =>
    entry.links.every(([id, existed]) => room.releaseById.has(id) === existed) &&
    entry.names.every(([registry, id, existed]) => exists(registry, id) === existed) &&
    (entry.registryIds === null || entry.registryIds === registryIdsDigest(room));
  const use = (release: Release, entry: CheckEntry) => {
    knownReferences.set(release, { links: entry.links.map(([id]) => id), speakers: entry.speakers });
    return entry.diagnostics;
  };
  return {
    lookup: (release) => {
      const known = memo?.get(release);
      if (known?.salt === salt && holds(known.entry)) return use(release, known.entry);
      const stored = store?.read('checks', keyOf(release), isCheckEntry);
      if (!stored || !holds(stored)) return undefined;
      memo?.set(release, { salt, entry: stored });
      return use(release, stored);
    },
    store: (release, diagnostics) => {
      const named = namedInRelease(release);
      const names = [
        ...named.people.map((id) => ['people', id, exists('people', id)] as const),
        ...named.organisations.map((id) => ['organisations', id, exists('organisations', id)] as const),
      ];
      const entry: CheckEntry = {
        diagnostics,
        links: linkedReleases(release).map((id) => [id, room.releaseById.has(id)] as const),
        names,
        registryIds: names.every(([, , existed]) => existed) ? null : registryIdsDigest(room),
        speakers: named.speakers,
      };
      memo?.set(release, { salt, entry });
      use(release, entry);
      store?.write('checks', keyOf(release), entry);
    },
  };
}

/** The people and organisations a release names: its contacts and organisations, and who it quotes. */
function namedInRelease(release: Release): { people: string[]; organisations: string[]; speakers: string[] } {
  const front = release.original?.own as OriginalFrontMatter | undefined;
  const speakers = new Set<string>();
  for (const version of release.versions)
    for (const { by } of directiveUses(version.tree).quotes) if (by !== undefined) speakers.add(by);
  return {
    people: [...new Set([...(front?.contacts ?? []), ...speakers])].sort(),
    organisations: [...new Set(front?.organisations ?? [])].sort(),
    speakers: [...speakers].sort(),
  };
}

/** The ids of both registries, once per room. */
function registryIdsDigest(room: PressRoom): string {
  let digest = registryIds.get(room);
  if (digest === undefined) {
    digest = hashOf(Object.keys(room.people.entries), Object.keys(room.organisations.entries));
    registryIds.set(room, digest);
  }
  return digest;
}

const registryIds = new WeakMap<PressRoom, string>();

function isCheckEntry(value: unknown): value is CheckEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    isDiagnosticList(entry.diagnostics) &&
    isListOf(
      entry.links,
      (link) => link.length === 2 && typeof link[0] === 'string' && typeof link[1] === 'boolean',
    ) &&
    isListOf(
      entry.names,
      (name) =>
        name.length === 3 &&
        (name[0] === 'people' || name[0] === 'organisations') &&
        typeof name[1] === 'string' &&
        typeof name[2] === 'boolean',
    ) &&
    (entry.registryIds === null || typeof entry.registryIds === 'string') &&
    Array.isArray(entry.speakers) &&
    entry.speakers.every((id) => typeof id === 'string')
  );
}

function isListOf(value: unknown, fits: (item: unknown[]) => boolean): boolean {
  return Array.isArray(value) && value.every((item) => Array.isArray(item) && fits(item));
}

function isDiagnosticList(value: unknown): value is Diagnostic[] {
  return Array.isArray(value) && value.every(isDiagnostic);
}

function isPlace(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const place = value as Record<string, unknown>;
  return typeof place.file === 'string' && Number.isInteger(place.line) && Number.isInteger(place.column);
}

function isDiagnostic(value: unknown): value is Diagnostic {
  if (!isPlace(value)) return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.rule === 'string' &&
    Object.hasOwn(rules, d.rule) &&
    (d.severity === 'error' || d.severity === 'warning') &&
    typeof d.message === 'string' &&
    typeof d.hint === 'string' &&
    (d.cause === undefined || isPlace(d.cause))
  );
}
