import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { register } from 'tsx/esm/api';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Io } from '../src/io.ts';
import { run } from '../src/run.ts';
import { edit } from './helpers/files.ts';

const repo = join(import.meta.dirname, '..', '..', '..');
const fixtureRoom = join(repo, 'packages', 'eleventy-plugin', 'test', 'fixtures', 'room');
const bin = join(repo, 'packages', 'cli', 'bin', 'communique.mjs');
const now = '2025-01-01T00:00:00Z';

/** A scratch folder with a copy of the fixture room in `content/`; the site goes to `public/`. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'communique-build-'));
  cpSync(fixtureRoom, join(dir, 'content'), { recursive: true });
  return { dir, content: join(dir, 'content'), out: join(dir, 'public') };
}

function captureIo(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    cwd,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    colour: false,
    env: {},
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function build(cwd: string, ...args: string[]) {
  const captured = captureIo(cwd);
  const code = await run(['build', ...args], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

/** Path → SHA-256 of every file under `dir`. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

const leftovers = (out: string) => readdirSync(dirname(out)).filter((name) => name.startsWith('.public.'));

// The site's templates are TypeScript that Eleventy imports: what the `communique` bin does first.
beforeAll(() => {
  register();
});

/** The files of a built site, its marker aside: what the build's report must say. */
const filesOf = (out: string) =>
  readdirSync(out, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name !== '.communique-output',
  ).length;

describe('communique build', () => {
  test('says how many files it wrote: every file of the output, with or without the cache', async () => {
    const { dir, out } = workspace();
    for (const args of [['--no-cache'], [], [], ['--no-cache']]) {
      const result = await build(dir, '--now', now, '--out', 'public', ...args);
      expect(result.code).toBe(0);
      // The release folders' files are among them (media, the linked PDF).
      expect(existsSync(join(out, 'media/2024/portal-launch/annual-report.pdf'))).toBe(true);
      expect(result.stdout).toContain(`(${filesOf(out)} files)`);
    }
  });

  test('checks, builds, and says how many pages, how long and when the next embargo lifts', async () => {
    const { dir, out } = workspace();
    const result = await build(dir, '--now', now, '--out', 'public');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // 13 chooser, language, release and 404 pages; 5 languages × (2 years, 2 topics, 1 organisation, search).
    expect(result.stdout).toMatch(/^✔ Built 43 pages \(\d+ files\) into public in \d+\.\d s$/m);
    expect(result.stdout).toContain('Next publication: 2099-01-01T00:00:00Z');
    expect(readFileSync(join(out, 'fr/2024/portail-signalement/index.html'), 'utf8')).toContain(
      '<html lang="fr"',
    );
    expect(existsSync(join(out, 'en/2025/zz-canary-embargo'))).toBe(false);
    expect(leftovers(out)).toEqual([]);
  });

  test('--now publishes an embargoed release once its embargo has passed', async () => {
    const { dir, out } = workspace();
    const result = await build(dir, '--now', '2099-01-01T00:00:00Z', '--out', 'public');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Next publication: none scheduled');
    expect(readFileSync(join(out, 'en/2025/zz-canary-embargo/index.html'), 'utf8')).toContain('CANARYTITLE');
    expect(existsSync(join(out, 'media/2025/zz-canary-embargo/canary-photo.png'))).toBe(true);
  });

  test('refuses to publish on any error, prints the diagnostics, and leaves the previous site byte for byte', async () => {
    const { dir, content, out } = workspace();
    expect((await build(dir, '--now', now, '--out', 'public')).code).toBe(0);
    const before = snapshot(out);
    edit(join(content, 'people.yaml'), '+380 44 568 50 15', '+380 12');
    edit(join(content, 'releases/2024/portal-launch/en.md'), 'Ukraine opens', 'Ukraine launches');
    const result = await build(dir, '--now', now, '--out', 'public');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/content\/people\.yaml\n\s+\d+:\d+\s+error\s+.*contact-phone/);
    expect(result.stderr).toContain('✖ Refusing to publish: 1 error to fix first. public was not changed.');
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
  });

  test('a build killed before it swaps the new site in leaves the previous one intact; the next build cleans up', async () => {
    const { dir, content, out } = workspace();
    expect((await build(dir, '--now', now, '--out', 'public')).code).toBe(0);
    const before = snapshot(out);
    edit(join(content, 'releases/2024/portal-launch/en.md'), 'Ukraine opens', 'Ukraine launches');
    const child = spawn(process.execPath, [bin, 'build', '--now', now, '--out', 'public'], {
      cwd: dir,
      env: { ...process.env, COMMUNIQUE_TEST_HOLD_BEFORE_SWAP: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('holding before swap')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`build exited (${code}) before holding: ${stderr}`)));
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(out)).toEqual([expect.stringMatching(/^\.public\.building-\d+-/)]);
    const next = await build(dir, '--now', now, '--out', 'public');
    expect(next.code).toBe(0);
    expect(leftovers(out)).toEqual([]);
    // Counted while the previous site was being removed: the new site's files, the marker aside.
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isFile(),
    );
    expect(next.stdout).toContain(`(${files.length - 1} files)`);
    expect(readFileSync(join(out, 'en/2024/portal-launch/index.html'), 'utf8')).toContain('Ukraine launches');
  });

  test('never replaces a folder that no build wrote', async () => {
    const { dir } = workspace();
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'keep.txt'), 'mine');
    const result = await build(dir, '--now', now, '--out', 'notes');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('refusing to replace');
    expect(readFileSync(join(dir, 'notes', 'keep.txt'), 'utf8')).toBe('mine');
    expect((await build(dir, '--now', now, '--out', '.')).code).toBe(1);
    expect(existsSync(join(dir, 'content', 'site.yaml'))).toBe(true);
  });

  test.each([
    [['--now', '2025-01-01'], /unexpected --now `2025-01-01`, expected an ISO 8601 instant with an offset/],
    [['--preview'], /--preview needs --out <dir>/],
    [['extra'], /`build` takes no arguments/],
  ])('usage errors exit 2: %j', async (args, message) => {
    const { dir } = workspace();
    const result = await build(dir, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  test('a preview build goes only where --out says, and shows drafts and embargoed releases with a banner', async () => {
    const { dir, out } = workspace();
    const result = await build(dir, '--now', now, '--preview', '--out', 'public');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Preview build: drafts and embargoed releases are included. Never publish this folder.',
    );
    expect(readFileSync(join(out, 'en/2025/zz-canary-draft/index.html'), 'utf8')).toContain(
      'class="preview-banner"',
    );
  });
});
