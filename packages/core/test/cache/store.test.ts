import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
