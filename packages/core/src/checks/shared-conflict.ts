import { isDeepStrictEqual } from 'node:util';
import { diagnostic } from '../diagnostics/diagnostic.ts';
import type { YamlPath } from '../load/yaml-source.ts';
import { parseInstant } from '../model/instant.ts';
import type { ReleaseVersion } from '../model/press-room.ts';
import type { Check, Report } from './context.ts';

const sharedKeys = [
  'type',
  'date',
  'embargo',
  'updated',
  'draft',
  'organisations',
  'contacts',
  'figures',
  'topics',
] as const;
const instantKeys = new Set(['date', 'embargo', 'updated']);

/** Same value, where instants written with different offsets but the same moment are the same. */
function sameValue(key: string, a: unknown, b: unknown): boolean {
  if (instantKeys.has(key) && typeof a === 'string' && typeof b === 'string') {
    const [x, y] = [parseInstant(a), parseInstant(b)];
    if (x && y) return x.epochMilliseconds === y.epochMilliseconds;
  }
  return isDeepStrictEqual(a, b);
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function compare(
  version: ReleaseVersion,
  original: ReleaseVersion,
  path: YamlPath,
  mine: unknown,
  theirs: unknown,
  report: Report,
): void {
  const key = String(path.at(-1));
  if (mine === undefined || sameValue(key, mine, theirs)) return;
  const field = path.join('.');
  const message =
    theirs === undefined
      ? `\`${field}\` is shared with the original, which does not set it: remove it here or set it in \`${original.lang}.md\``
      : `\`${field}\` is \`${show(mine)}\` here but \`${show(theirs)}\` in the original \`${original.lang}.md\`: shared fields are set once, in the original`;
  report(diagnostic('shared-conflict', version.yaml.placeOf(path), message, original.yaml.placeOf(path)));
}

/** A translation that repeats a shared field of the original with another value. */
export const checkSharedConflicts: Check = (room, report) => {
  for (const release of room.releases) {
    const original = release.original;
    if (!original) continue;
    const base = original.raw;
    for (const version of release.versions) {
      if (version === original) continue;
      const own = version.raw;
      for (const key of sharedKeys) compare(version, original, [key], own[key], base[key], report);
      compare(
        version,
        original,
        ['dateline', 'country'],
        record(own.dateline)?.country,
        record(base.dateline)?.country,
        report,
      );
      const media = Array.isArray(own.media) ? own.media : [];
      const baseMedia = Array.isArray(base.media) ? base.media : [];
      media.forEach((entry, index) => {
        for (const key of ['file', 'credit'])
          compare(
            version,
            original,
            ['media', index, key],
            record(entry)?.[key],
            record(baseMedia[index])?.[key],
            report,
          );
      });
      const changes = Array.isArray(own.changes) ? own.changes : [];
      const baseChanges = Array.isArray(base.changes) ? base.changes : [];
      changes.forEach((entry, index) => {
        compare(
          version,
          original,
          ['changes', index, 'date'],
          record(entry)?.date,
          record(baseChanges[index])?.date,
          report,
        );
      });
    }
  }
};
