import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { rules } from '../diagnostics/rules.ts';
import type { PressRoom, Release } from '../model/press-room.ts';
import { hashOf, indexDigest, releaseDigest, roomDigest } from './digests.ts';
import type { DiskStore } from './store.ts';

/** Diagnostics of one release's checks, by what they depend on (see `checkPressRoom`'s `cache`). */
export interface CheckCache {
  lookup(release: Release): readonly Diagnostic[] | undefined;
  store(release: Release, diagnostics: readonly Diagnostic[]): void;
}

/** Diagnostics kept in memory by release object, valid while `salt` is: `serve` between edits. */
export type CheckMemo = WeakMap<
  Release,
  { readonly salt: string; readonly diagnostics: readonly Diagnostic[] }
>;

/**
 * A check cache for one loaded room: in memory (`memo`, when given) in front of a folder on disk
 * (`store`, when given). Keys hash the room's digests and the release's files.
 */
export function releaseCheckCache(
  room: PressRoom,
  options: { readonly store?: DiskStore | undefined; readonly memo?: CheckMemo | undefined },
): CheckCache {
  const { store, memo } = options;
  const salt = hashOf('checks', roomDigest(room), indexDigest(room));
  const keyOf = (release: Release) => hashOf(salt, releaseDigest(release));
  return {
    lookup: (release) => {
      const known = memo?.get(release);
      if (known?.salt === salt) return known.diagnostics;
      const stored = store?.read('checks', keyOf(release), isDiagnosticList);
      if (stored) memo?.set(release, { salt, diagnostics: stored });
      return stored;
    },
    store: (release, diagnostics) => {
      memo?.set(release, { salt, diagnostics });
      store?.write('checks', keyOf(release), diagnostics);
    },
  };
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
