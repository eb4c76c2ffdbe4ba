import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DiskStore } from '../../src/cache/store.ts';

const key = 'ab'.repeat(32);
const isNumbers = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((n) => typeof n === 'number');

function entryFile(dir: string): string {
  return join(dir, 'v1', 'checks', 'ab', `${key}.json`);
}

describe('DiskStore', () => {
  test('reads back what it wrote, and nothing for a key it never wrote', () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-store-'));
    const store = new DiskStore(dir);
    expect(store.read('checks', key, isNumbers)).toBeUndefined();
    store.write('checks', key, [1, 2, 3]);
    expect(store.read('checks', key, isNumbers)).toEqual([1, 2, 3]);
    // No temporary file is left beside the entry.
    expect(readdirSync(join(dir, 'v1', 'checks', 'ab'))).toEqual([`${key}.json`]);
  });

  test.each([
    ['truncated JSON', '[1, 2'],
    ['binary garbage', '\u0000\u0001\u00ff'],
    ['JSON of the wrong shape', '{"html": 3}'],
    ['an empty file', ''],
  ])('treats %s as a miss and removes it', (_label, text) => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-store-'));
    const store = new DiskStore(dir);
    store.write('checks', key, [1]);
    writeFileSync(entryFile(dir), text);
    expect(store.read('checks', key, isNumbers)).toBeUndefined();
    expect(existsSync(entryFile(dir))).toBe(false);
    store.write('checks', key, [4]);
    expect(JSON.parse(readFileSync(entryFile(dir), 'utf8'))).toEqual([4]);
  });

  test('an entry folder removed after a write (the cache cleared meanwhile) is made again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-store-'));
    const store = new DiskStore(dir);
    store.write('checks', key, [1]);
    rmSync(join(dir, 'v1'), { recursive: true });
    store.write('checks', key, [2]);
    expect(store.writeFailures).toBe(0);
    expect(store.read('checks', key, isNumbers)).toEqual([2]);
  });

  test('a cache that cannot be written is counted, not thrown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-store-'));
    // A file where the store needs a folder.
    writeFileSync(join(dir, 'v1'), 'not a folder');
    const store = new DiskStore(dir);
    store.write('checks', key, [1]);
    expect(store.writeFailures).toBe(1);
    expect(store.read('checks', key, isNumbers)).toBeUndefined();
  });

  test('refuses addresses that could leave its folder', () => {
    const store = new DiskStore(mkdtempSync(join(tmpdir(), 'communique-store-')));
    expect(() => store.write('checks', '../../etc/passwd', 1)).toThrow(/not a cache address/);
    expect(() => store.read('../x', key, isNumbers)).toThrow(/not a cache address/);
  });
});

const isText = (value: unknown): value is string => typeof value === 'string';
const keyOf = (n: number) => String(n).repeat(64);
const group = `site-pages/${'ab'.repeat(16)}`;

test('keepNewest keeps the entries of a group written or marked used last', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-store-'));
  const store = new DiskStore(dir);
  const file = (n: number) => join(dir, 'v1', group, keyOf(n).slice(0, 2), `${keyOf(n)}.json`);
  [1, 2, 3].forEach((n, index) => {
    store.write(group, keyOf(n), `entry ${n}`);
    const time = new Date(Date.UTC(2026, 0, 1 + index));
    utimesSync(file(n), time, time);
  });
  store.write('site-pages', keyOf(4), 'another kind');
  // The oldest, used again: it is kept, and the one written second goes.
  expect(store.read(group, keyOf(1), isText, { markUsed: true })).toBe('entry 1');
  store.keepNewest(group, 2);
  expect([1, 2, 3].map((n) => store.read(group, keyOf(n), isText) ?? null)).toEqual([
    'entry 1',
    null,
    'entry 3',
  ]);
  expect(store.read('site-pages', keyOf(4), isText)).toBe('another kind');
});

test('a group is a hash: no other path can be named', () => {
  const store = new DiskStore(mkdtempSync(join(tmpdir(), 'communique-store-')));
  expect(() => store.write('site-pages/../../etc', keyOf(1), 'x')).toThrow(TypeError);
  expect(() => store.read('site-pages/xyz', keyOf(1), isText)).toThrow(TypeError);
});

test('holdsKind says whether an entry of a kind was ever written', () => {
  const store = new DiskStore(mkdtempSync(join(tmpdir(), 'communique-store-')));
  expect(store.holdsKind('checks')).toBe(false);
  store.write('bodies', keyOf(1), 'x');
  expect(store.holdsKind('checks')).toBe(false);
  store.write('checks', keyOf(1), 'x');
  expect(store.holdsKind('checks')).toBe(true);
});

describe('text entries', () => {
  const textFile = (dir: string) => join(dir, 'v1', group, 'ab', `${key}.txt`);
  const listing =
    '<!doctype html><html lang="ar" dir="rtl"><body><p class="x">بيان صحفي — “12 000”</p></body></html>';

  test('read back as written, non-ASCII and quotes included, without JSON around them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-store-'));
    const store = new DiskStore(dir);
    expect(store.readText(group, key)).toBeUndefined();
    store.writeText(group, key, listing);
    expect(store.readText(group, key)).toBe(listing);
    expect(readFileSync(textFile(dir), 'utf8')).toBe(`communique-text ${listing.length}\n${listing}`);
    expect(readdirSync(join(dir, 'v1', group, 'ab'))).toEqual([`${key}.txt`]);
  });

  test.each([
    ['cut short', (entry: string) => entry.slice(0, -10)],
    ['with text added', (entry: string) => `${entry}<p>planted</p>`],
    ['without its first line', (entry: string) => entry.slice(entry.indexOf('\n') + 1)],
    ['empty', () => ''],
  ])('an entry %s is a miss and is removed', (_label, spoil) => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-store-'));
    const store = new DiskStore(dir);
    store.writeText(group, key, listing);
    writeFileSync(textFile(dir), spoil(readFileSync(textFile(dir), 'utf8')));
    expect(store.readText(group, key)).toBeUndefined();
    expect(existsSync(textFile(dir))).toBe(false);
  });

  test('keepNewest counts text entries with the others of their group', () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-store-'));
    const store = new DiskStore(dir);
    const file = (n: number) => join(dir, 'v1', group, keyOf(n).slice(0, 2), `${keyOf(n)}.txt`);
    [1, 2, 3].forEach((n, index) => {
      store.writeText(group, keyOf(n), `listing ${n}`);
      const time = new Date(Date.UTC(2026, 0, 1 + index));
      utimesSync(file(n), time, time);
    });
    store.keepNewest(group, 2);
    expect([1, 2, 3].map((n) => store.readText(group, keyOf(n)) ?? null)).toEqual([
      null,
      'listing 2',
      'listing 3',
    ]);
  });
});
