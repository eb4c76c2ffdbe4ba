import { mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CacheUse } from './use.ts';

/**
 * Kinds whose entries are addressed by what they hold, one or more per release: every edit, new
 * version of Communiqué or changed registry makes new ones, and nothing else removes the old.
 * (Listings and search indexes keep their newest two; front matter is one file per folder.)
 */
export const sweptKinds = ['checks', 'pages', 'release-files'] as const;

const day = 24 * 60 * 60 * 1000;

export interface SweepOptions {
  /** An entry the build did not use is kept this long after it was written. Default 7 days. */
  readonly keepMs?: number;
  /** At most one sweep in this long (the file `<dir>/v1/swept` records when). Default a day. */
  readonly everyMs?: number;
  /** The time to sweep at; default now. */
  readonly now?: number;
}

export interface SweepResult {
  /** Whether the cache was looked through (else the last sweep was too recent). */
  readonly swept: boolean;
  /** Entries removed. */
  readonly removed: number;
}

/**
 * Removes the entries of the cache in `dir` that the build recorded in `use` did not use and
 * that were written more than a week ago, at most once a day; an interrupted write's leftovers
 * go after a day. A cache never swept is only marked: its first sweep is a day later. Best
 * effort: a cache that cannot be listed or changed is left as it is.
 */
export function sweepCache(dir: string, use: CacheUse, options: SweepOptions = {}): SweepResult {
  const now = options.now ?? Date.now();
  const marker = join(dir, 'v1', 'swept');
  const last = statSync(marker, { throwIfNoEntry: false })?.mtimeMs;
  if (last !== undefined && now - last < (options.everyMs ?? day)) return { swept: false, removed: 0 };
  try {
    mkdirSync(join(dir, 'v1'), { recursive: true });
    writeFileSync(marker, '');
    utimesSync(marker, new Date(now), new Date(now));
  } catch {
    return { swept: false, removed: 0 };
  }
  if (last === undefined) return { swept: false, removed: 0 };
  const unusedBefore = now - (options.keepMs ?? 7 * day);
  let removed = 0;
  for (const kind of sweptKinds) {
    const kindDir = join(dir, 'v1', kind);
    for (const shard of namesIn(kindDir)) {
      for (const name of namesIn(join(kindDir, shard))) {
        const temporary = name.endsWith('.tmp');
        if (!temporary && use.has(kind, name.replace(/\.json$/, ''))) continue;
        const path = join(kindDir, shard, name);
        const written = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
        if (written === undefined || written > (temporary ? now - day : unusedBefore)) continue;
        try {
          rmSync(path, { recursive: true, force: true });
          removed++;
        } catch {
          // Read-only: it stays.
        }
      }
    }
  }
  return { swept: true, removed };
}

function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
