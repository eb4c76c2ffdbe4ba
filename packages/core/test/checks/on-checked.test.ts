import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { checkPressRoom, loadPressRoom } from '../../src/index.ts';
import { baseRegistries, original, writeRoom } from '../helpers/room.ts';

/** A room of `count` one-language releases. */
function roomOf(count: number): string {
  const files: Record<string, string> = { ...baseRegistries };
  for (let index = 0; index < count; index++)
    files[`releases/2025/release-${String(index).padStart(3, '0')}/en.md`] = original(`Body ${index}.`);
  return writeRoom(files);
}

describe('checkPressRoom onChecked', () => {
  test('sees every release once, in chunks, while its parsed bodies are still there to render from', () => {
    const room = loadPressRoom(roomOf(450));
    const seen: string[] = [];
    const treesSeen = new Map<string, Root>();
    checkPressRoom(room, {
      dropTrees: true,
      onChecked: (releases) => {
        expect(releases.length).toBeLessThanOrEqual(200);
        for (const release of releases) {
          seen.push(release.id);
          const version = release.versions[0]!;
          treesSeen.set(release.id, version.tree);
        }
      },
    });
    expect(seen).toEqual(room.releases.map((release) => release.id));
    // The checks' parse was still there: the callback got it, then the build freed it.
    const first = room.releases[0]!;
    expect(first.versions[0]!.tree).not.toBe(treesSeen.get(first.id));
  });

  test('is not called for releases whose diagnostics come from the cache', () => {
    const room = loadPressRoom(roomOf(3));
    const seen: string[] = [];
    const known = room.releases[1]!;
    checkPressRoom(room, {
      cache: { lookup: (release) => (release === known ? [] : undefined), store: () => {} },
      onChecked: (releases) => seen.push(...releases.map((release) => release.id)),
    });
    expect(seen).toEqual([room.releases[0]!.id, room.releases[2]!.id]);
  });
});
