import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type ContentChanges, watchContent } from '../src/serve/watch-content.ts';

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** Watches a fresh folder; `next()` resolves with the paths of the next burst of changes. */
function watched() {
  const dir = mkdtempSync(join(tmpdir(), 'communique-watch-'));
  mkdirSync(join(dir, 'releases', '2025', 'first'), { recursive: true });
  writeFileSync(join(dir, 'releases', '2025', 'first', 'en.md'), 'one');
  const bursts: ContentChanges[] = [];
  let wake: (() => void) | undefined;
  const watcher = watchContent(dir, async (changes) => {
    bursts.push(changes);
    wake?.();
  });
  closers.push(() => watcher.close());
  const next = async (): Promise<readonly string[]> => {
    while (bursts.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return bursts.shift()!.paths;
  };
  /** Resolves once a burst reports `path` (the test's timeout bounds it); bursts may split. */
  const until = async (path: string): Promise<void> => {
    while (!(await next()).includes(path));
  };
  return { dir, next, until };
}

describe('watching the content folder', () => {
  test('an edited file is reported by its path', async () => {
    const { dir, next } = watched();
    const file = join(dir, 'releases', '2025', 'first', 'en.md');
    writeFileSync(file, 'two');
    expect(await next()).toContain(file);
    writeFileSync(join(dir, 'site.yaml'), 'title: x');
    expect(await next()).toContain(join(dir, 'site.yaml'));
  });

  test('a folder created after the start is watched, and so are the folders made inside it', async () => {
    const { dir, until } = watched();
    const release = join(dir, 'releases', '2026', 'second');
    mkdirSync(release, { recursive: true });
    await until(join(dir, 'releases', '2026'));
    writeFileSync(join(release, 'en.md'), 'new');
    await until(join(release, 'en.md'));
    mkdirSync(join(release, 'media'));
    await until(join(release, 'media'));
    writeFileSync(join(release, 'media', 'caption.txt'), 'deeper');
    await until(join(release, 'media', 'caption.txt'));
  });

  test('a folder removed and made again is watched again', async () => {
    const { dir, until } = watched();
    const release = join(dir, 'releases', '2025', 'first');
    rmSync(release, { recursive: true });
    await until(release);
    mkdirSync(release);
    await until(release);
    writeFileSync(join(release, 'fr.md'), 'back');
    await until(join(release, 'fr.md'));
  });
});
