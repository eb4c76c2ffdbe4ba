import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DiskStore } from '../../src/cache/store.ts';
import { sweepCache } from '../../src/cache/sweep.ts';
import { noteCacheUse, recordCacheUse, stopRecordingCacheUse } from '../../src/cache/use.ts';

const day = 24 * 60 * 60 * 1000;
const used = 'a1'.repeat(32);
const unused = 'b2'.repeat(32);
const recent = 'c3'.repeat(32);
const page = 'd4'.repeat(32);
const isAnything = (value: unknown): value is unknown => value !== undefined;

function ageBy(path: string, ms: number): void {
  const then = new Date(Date.now() - ms);
  utimesSync(path, then, then);
}

/** A cache with checks written 8 days ago (one read by the build), one written now, and a laid-out page. */
function oldCache() {
  const dir = mkdtempSync(join(tmpdir(), 'communique-sweep-'));
  const store = new DiskStore(dir);
  for (const key of [used, unused, recent]) store.write('checks', key, []);
  const entry = (key: string) => join(dir, 'v1', 'checks', key.slice(0, 2), `${key}.json`);
  ageBy(entry(used), 8 * day);
  ageBy(entry(unused), 8 * day);
  const laidOut = join(dir, 'v1', 'release-files', page.slice(0, 2), page);
  mkdirSync(laidOut, { recursive: true });
  writeFileSync(join(laidOut, 'meta.json'), '{}');
  ageBy(laidOut, 8 * day);
  const leftover = join(dir, 'v1', 'checks', 'b2', `${unused}.json.123-abc-0.tmp`);
  writeFileSync(leftover, '[');
  ageBy(leftover, 2 * day);
  return { dir, store, entry, laidOut, leftover };
}

afterEach(() => {
  stopRecordingCacheUse();
});

describe('sweepCache', () => {
  test('removes what the build did not use and was written over a week ago, at most once a day', () => {
    const { dir, store, entry, laidOut, leftover } = oldCache();
    // A cache never swept is marked, not swept: its first sweep comes a day later.
    expect(sweepCache(dir, recordCacheUse())).toEqual({ swept: false, removed: 0 });
    expect(existsSync(join(dir, 'v1', 'swept'))).toBe(true);
    ageBy(join(dir, 'v1', 'swept'), 2 * day);

    const use = recordCacheUse();
    expect(store.read('checks', used, isAnything)).toEqual([]);
    stopRecordingCacheUse();
    expect(sweepCache(dir, use)).toEqual({ swept: true, removed: 3 });
    expect(existsSync(entry(used))).toBe(true);
    expect(existsSync(entry(recent))).toBe(true);
    expect(existsSync(entry(unused))).toBe(false);
    expect(existsSync(laidOut)).toBe(false);
    expect(existsSync(leftover)).toBe(false);

    // The next build the same day does not look through the cache.
    ageBy(entry(used), 8 * day);
    expect(sweepCache(dir, recordCacheUse())).toEqual({ swept: false, removed: 0 });
    expect(existsSync(entry(used))).toBe(true);
  });

  test('keeps an entry the build only keyed (a page laid out from it needs no read)', () => {
    const { dir, laidOut } = oldCache();
    sweepCache(dir, recordCacheUse());
    ageBy(join(dir, 'v1', 'swept'), 2 * day);
    const use = recordCacheUse();
    noteCacheUse('release-files', page);
    stopRecordingCacheUse();
    // Noted after recording stopped: not part of this build.
    noteCacheUse('checks', unused);
    expect(sweepCache(dir, use).removed).toBe(3);
    expect(existsSync(laidOut)).toBe(true);
  });
});
