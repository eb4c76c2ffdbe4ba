import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type CheckMemo, referencesOfChecked, releaseCheckCache } from '../../src/cache/check-cache.ts';
import { DiskStore } from '../../src/cache/store.ts';
import { checkPressRoom } from '../../src/checks/index.ts';
import { loadPressRoom, reloadReleases } from '../../src/load/load-press-room.ts';
import { baseRegistries, original, writeRoom } from '../helpers/room.ts';

function room() {
  return writeRoom({
    ...baseRegistries,
    // A warning (an unknown language name aside, a figure used nowhere) to replay.
    'releases/2025/belize/en.md': original('Officers from 12 agencies.', 'figures: { arrests: 5 }\n'),
    'releases/2025/other/en.md': original('Nothing to report.'),
  });
}

function checkWith(root: string, cacheDir: string, memo?: CheckMemo) {
  const loaded = loadPressRoom(root);
  const store = new DiskStore(cacheDir);
  return checkPressRoom(loaded, { cache: releaseCheckCache(loaded, { store, memo }) });
}

/** Checks the room at `root` through the cache in `cacheDir`, noting which releases were checked. */
function checkNoting(root: string, cacheDir: string) {
  const loaded = loadPressRoom(root);
  const inner = releaseCheckCache(loaded, { store: new DiskStore(cacheDir) });
  const checked: string[] = [];
  const diagnostics = checkPressRoom(loaded, {
    cache: {
      lookup: inner.lookup,
      store: (release, d) => {
        checked.push(release.id);
        inner.store(release, d);
      },
    },
  });
  return { loaded, checked: checked.sort(), diagnostics };
}

describe('the check cache', () => {
  test('replays the same diagnostics without checking again', () => {
    const root = room();
    const cacheDir = mkdtempSync(join(tmpdir(), 'communique-check-cache-'));
    const fresh = checkPressRoom(loadPressRoom(root));
    expect(fresh.length).toBeGreaterThan(0);
    expect(checkWith(root, cacheDir)).toEqual(fresh);
    const loaded = loadPressRoom(root);
    let stored = 0;
    const cache = releaseCheckCache(loaded, { store: new DiskStore(cacheDir) });
    const replayed = checkPressRoom(loaded, {
      cache: {
        lookup: (release) => cache.lookup(release),
        store: (release, diagnostics) => {
          stored++;
          cache.store(release, diagnostics);
        },
      },
    });
    expect(replayed).toEqual(fresh);
    expect(stored).toBe(0);
  });

  test('checks a release again when a registry it depends on changes', () => {
    const root = room();
    const cacheDir = mkdtempSync(join(tmpdir(), 'communique-check-cache-'));
    expect(checkWith(root, cacheDir).filter((d) => d.severity === 'error')).toEqual([]);
    // The release's contact disappears from people.yaml.
    writeFileSync(join(root, 'people.yaml'), 'someone:\n  name: Some One\n  email: one@example.org\n');
    const errors = checkWith(root, cacheDir).filter((d) => d.severity === 'error');
    expect(errors.some((d) => d.file.endsWith(join('belize', 'en.md')) && /walsh/.test(d.message))).toBe(
      true,
    );
  });

  test('checks a release again when one of its files changes, even where only positions move', () => {
    const root = room();
    const cacheDir = mkdtempSync(join(tmpdir(), 'communique-check-cache-'));
    const before = checkWith(root, cacheDir).filter((d) => d.file.includes('belize'));
    const file = join(root, 'releases', '2025', 'belize', 'en.md');
    // A comment line moves every front matter line down by one.
    writeFileSync(file, readFileSync(file, 'utf8').replace('---\n', '---\n# moved\n'));
    const after = checkWith(root, cacheDir).filter((d) => d.file.includes('belize'));
    expect(after.map((d) => d.line)).toEqual(before.map((d) => d.line + 1));
  });

  test('a memo serves a reloaded room from memory; only reloaded releases are checked', () => {
    const root = room();
    const cacheDir = mkdtempSync(join(tmpdir(), 'communique-check-cache-'));
    const memo: CheckMemo = new WeakMap();
    const first = loadPressRoom(root);
    checkPressRoom(first, { cache: releaseCheckCache(first, { memo }) });
    const file = join(root, 'releases', '2025', 'other', 'en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Nothing to report.', 'Still nothing.'));
    const second = reloadReleases(first, new Set(['2025/other']));
    expect(second.releaseById.get('2025/belize')).toBe(first.releaseById.get('2025/belize'));
    expect(second.releaseById.get('2025/other')).not.toBe(first.releaseById.get('2025/other'));
    const checked: string[] = [];
    const inner = releaseCheckCache(second, { memo, store: new DiskStore(cacheDir) });
    checkPressRoom(second, {
      cache: {
        lookup: inner.lookup,
        store: (release, d) => {
          checked.push(release.id);
          inner.store(release, d);
        },
      },
    });
    expect(checked).toEqual(['2025/other']);
    expect(second.releaseById.get('2025/other')?.versions[0]?.body).toContain('Still nothing.');
  });

  test('a new release is checked alone; a release linking to one that disappears is checked again', () => {
    const root = writeRoom({
      ...baseRegistries,
      'releases/2025/belize/en.md': original('See [the earlier note](../../2024/earlier/).'),
      'releases/2024/earlier/en.md': original('Nothing to report.'),
    });
    const cacheDir = mkdtempSync(join(tmpdir(), 'communique-check-cache-'));
    const checkCounting = () => checkNoting(root, cacheDir);
    const first = checkCounting();
    expect(first.checked.sort()).toEqual(['2024/earlier', '2025/belize']);
    expect(referencesOfChecked(first.loaded.releaseById.get('2025/belize')!)?.links).toEqual([
      '2024/earlier',
    ]);
    expect(first.diagnostics.filter((d) => d.rule === 'link-broken')).toEqual([]);

    // Another release: the others' diagnostics still hold, and their links are known from the cache.
    mkdirSync(join(root, 'releases', '2025', 'newer'), { recursive: true });
    writeFileSync(join(root, 'releases', '2025', 'newer', 'en.md'), original('Also nothing.'));
    const second = checkCounting();
    expect(second.checked).toEqual(['2025/newer']);
    expect(referencesOfChecked(second.loaded.releaseById.get('2025/belize')!)?.links).toEqual([
      '2024/earlier',
    ]);

    // The linked release goes: the link is broken, though the linking file did not change.
    rmSync(join(root, 'releases', '2024', 'earlier'), { recursive: true });
    const third = checkCounting();
    expect(third.checked).toEqual(['2025/belize']);
    const broken = third.diagnostics.filter((d) => d.rule === 'link-broken');
    expect(broken.map((d) => [d.file, d.line, d.column])).toEqual([
      [join(root, 'releases', '2025', 'belize', 'en.md'), 9, 5],
    ]);

    // It comes back as it was: its own entry is still good; the linking release is checked again.
    mkdirSync(join(root, 'releases', '2024', 'earlier'), { recursive: true });
    writeFileSync(join(root, 'releases', '2024', 'earlier', 'en.md'), original('Nothing to report.'));
    const fourth = checkCounting();
    expect(fourth.checked).toEqual(['2025/belize']);
    expect(fourth.diagnostics.filter((d) => d.rule === 'link-broken')).toEqual([]);
  });

  test('a changed registry checks again only the releases that name what appeared or went', () => {
    const people = (extra: string) =>
      `${baseRegistries['people.yaml']}someone:\n  name: Some One\n  email: one@example.org\n  phone: "+41 22 717 91 12"\n${extra}`;
    const root = writeRoom({
      ...baseRegistries,
      'people.yaml': people(''),
      'releases/2025/belize/en.md': original('Officers from 12 agencies.'),
      'releases/2025/other/en.md': original('Nothing to report.').replace(
        'contacts: [walsh]',
        'contacts: [someone]',
      ),
    });
    const cacheDir = mkdtempSync(join(tmpdir(), 'communique-check-cache-'));
    const checkCounting = () => checkNoting(root, cacheDir);
    expect(checkCounting().checked).toEqual(['2025/belize', '2025/other']);
    // A new person, and a contact's new phone number: no release's checks look at either.
    writeFileSync(
      join(root, 'people.yaml'),
      people('newcomer:\n  name: New Comer\n  email: new@example.org\n').replace(
        '+41 22 717 91 12',
        '+41 22 717 91 13',
      ),
    );
    expect(checkCounting().checked).toEqual([]);
    // The contact of one release goes: that release is checked again, and says so.
    writeFileSync(join(root, 'people.yaml'), baseRegistries['people.yaml']!);
    const gone = checkCounting();
    expect(gone.checked).toEqual(['2025/other']);
    expect(
      gone.diagnostics.filter((d) => d.rule === 'contact-unknown').map((d) => [d.file, d.line, d.column]),
    ).toEqual([[join(root, 'releases', '2025', 'other', 'en.md'), 7, 12]]);
  });
});
