import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { loadPressRoom } from '../../src/load/load-press-room.ts';
import { baseRegistries, original, writeRoom } from '../helpers/room.ts';

describe('memory', () => {
  test('loading keeps no copy of the files in gray-matter’s module cache', () => {
    const files: Record<string, string> = { ...baseRegistries };
    for (let i = 0; i < 20; i++) files[`releases/2025/release-${i}/en.md`] = original(`Body number ${i}.`);
    const room = loadPressRoom(writeRoom(files));
    expect(room.releases).toHaveLength(20);
    // gray-matter caches every input it parses without options, for the life of the process.
    expect(Object.keys((matter as unknown as { cache: Record<string, unknown> }).cache)).toEqual([]);
  });
});
