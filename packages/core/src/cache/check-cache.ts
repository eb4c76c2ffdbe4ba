import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { rules } from '../diagnostics/rules.ts';
import { linkedReleases } from '../markdown/release-links.ts';
import type { PressRoom, Release } from '../model/press-room.ts';
import { hashOf, releaseDigest, roomDigest } from './digests.ts';
import type { DiskStore } from './store.ts';

/** Diagnostics of one release's checks, by what they depend on (see `checkPressRoom`'s `cache`). */
export interface CheckCache {
  lookup(release: Release): readonly Diagnostic[] | undefined;
  store(release: Release, diagnostics: readonly Diagnostic[]): void;
}

/** Diagnostics kept in memory by release object, valid while `salt` is: `serve` between edits. */
export type CheckMemo = WeakMap<Release, { readonly salt: string; readonly entry: CheckEntry }>;

/**
 * What a release's checks found, with the other releases its bodies link to and whether each
 * existed: the only thing its checks take from other releases (`link-broken`), so an entry stays
 * valid while those do, however many releases come and go elsewhere.
 */
interface CheckEntry {
  readonly diagnostics: readonly Diagnostic[];
  readonly links: readonly (readonly [id: string, existed: boolean])[];
}

const knownLinks = new WeakMap<Release, readonly string[]>();

/**
 * The releases a release's bodies link to, when its checks ran or were found in a check cache
 * in this thread: what its rendered bodies depend on of other releases. Undefined otherwise.
 */
export function linksOfChecked(release: Release): readonly string[] | undefined {
  return knownLinks.get(release);
}

/**
 * A check cache for one loaded room: in memory (`memo`, when given) in front of a folder on disk
 * (`store`, when given). Keys hash the room's digest (registries, site.yaml, code) and the
 * release's files; an entry is used only while the releases it links to exist as they did.
 */
export function releaseCheckCache(
  room: PressRoom,
  options: { readonly store?: DiskStore | undefined; readonly memo?: CheckMemo | undefined },
): CheckCache {
  const { store, memo } = options;
  const salt = hashOf('checks', roomDigest(room));
  const keyOf = (release: Release) => hashOf(salt, releaseDigest(release));
  const holds = (entry: CheckEntry) =>
    entry.links.every(([id, existed]) => room.releaseById.has(id) === existed);
  const use = (release: Release, entry: CheckEntry) => {
    knownLinks.set(
      release,
      entry.links.map(([id]) => id),
    );
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
      const links = linkedReleases(release).map((id) => [id, room.releaseById.has(id)] as const);
      const entry: CheckEntry = { diagnostics, links };
      memo?.set(release, { salt, entry });
      use(release, entry);
      store?.write('checks', keyOf(release), entry);
    },
  };
}

function isCheckEntry(value: unknown): value is CheckEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    isDiagnosticList(entry.diagnostics) &&
    Array.isArray(entry.links) &&
    entry.links.every(
      (link) =>
        Array.isArray(link) &&
        link.length === 2 &&
        typeof link[0] === 'string' &&
        typeof link[1] === 'boolean',
    )
  );
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
