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

/** A check cache on disk for one loaded room: keys hash the room's digests and the release's files. */
export function diskCheckCache(store: DiskStore, room: PressRoom): CheckCache {
  const salt = hashOf('checks', roomDigest(room), indexDigest(room));
  const keys = new WeakMap<Release, string>();
  const keyOf = (release: Release) => {
    let key = keys.get(release);
    if (key === undefined) {
      key = hashOf(salt, releaseDigest(release));
      keys.set(release, key);
    }
    return key;
  };
  return {
    lookup: (release) => store.read('checks', keyOf(release), isDiagnosticList),
    store: (release, diagnostics) => store.write('checks', keyOf(release), diagnostics),
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
