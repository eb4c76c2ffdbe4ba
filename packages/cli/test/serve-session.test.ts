import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { beforeAll, describe, expect, test } from 'vitest';
import { ServeSession } from '../src/serve/session.ts';
import { edit } from './helpers/files.ts';

const fixtureRoom = join(import.meta.dirname, '..', '..', 'eleventy-plugin', 'test', 'fixtures', 'room');

// Eleventy imports the site's TypeScript templates itself, as the CLI's loader lets it.
beforeAll(() => {
  register();
});

describe('ServeSession', () => {
  test('after an edit, says so once the edited release’s pages are written, before the lists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-session-'));
    const content = join(dir, 'content');
    cpSync(fixtureRoom, content, { recursive: true });
    const out = join(dir, 'site');
    const page = join(out, 'en', '2024', 'portal-launch', 'index.html');
    const list = join(out, 'en', 'index.html');
    const seen: { page: string; list: string }[] = [];
    const session = new ServeSession({
      contentDir: content,
      outDir: out,
      now: () => new Date('2025-01-01T00:00:00Z'),
      preview: false,
      cacheDir: join(dir, 'cache'),
      onEditedPagesWritten: () =>
        seen.push({ page: readFileSync(page, 'utf8'), list: readFileSync(list, 'utf8') }),
    });
    expect((await session.full()).ok).toBe(true);
    const file = join(content, 'releases', '2024', 'portal-launch', 'en.md');
    edit(file, 'title: Ukraine opens', 'title: Ukraine unveils');
    const outcome = await session.update({ paths: [file], unknown: false });
    expect(outcome).toMatchObject({ ok: true, partial: true });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.page).toContain('Ukraine unveils');
    expect(seen[0]!.list).not.toContain('Ukraine unveils');
    expect(readFileSync(list, 'utf8')).toContain('Ukraine unveils');
    await session.idle();
    rmSync(dir, { recursive: true, force: true });
  });
});
