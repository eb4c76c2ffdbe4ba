import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
import { beforeAll, describe, expect, test } from 'vitest';
import { generatePressRoom } from '../../../scripts/lib/generate.ts';
import { SharedClaims } from '../src/build/check-ahead/shared-claims.ts';
import { startCheckingAheadOfLoading } from '../src/build/check-ahead/start.ts';
import { checkAndPublish, type PublishRequest } from '../src/build/publish.ts';

const now = new Date('2030-01-01T00:00:00Z');

beforeAll(() => {
  register();
});

/** Relative path → text of every file under `dir`. */
function tree(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (entry.isFile() && entry.name !== '.communique-output')
      found[relative(dir, file)] = readFileSync(file, 'utf8');
  }
  return found;
}

/** Releases of the first and of the last chunk, each given a figure its body never uses (a warning). */
const warned = ['2010/release-000000', '2025/release-000447'];

/** A generated room of three chunks of releases (450 releases in two languages). */
function largeRoom() {
  const dir = mkdtempSync(join(tmpdir(), 'communique-ahead-'));
  const contentDir = join(dir, 'content');
  generatePressRoom(contentDir, { releases: 450, languages: 2, paragraphs: 2 });
  for (const id of warned) {
    const file = join(contentDir, 'releases', id, 'en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\nfigures:\n', '\nfigures:\n  spare: 12\n'));
  }
  const request = (name: string, extra: Partial<PublishRequest> = {}): PublishRequest => ({
    contentDir,
    outDir: join(dir, name),
    now,
    preview: false,
    cacheDir: join(dir, `cache-${name}`),
    ...extra,
  });
  return { dir, contentDir, request };
}

describe('a build checks ahead in a second thread', () => {
  test('the worker checks and lays out the last chunks; the site and the diagnostics are those of one thread', async () => {
    const { request } = largeRoom();
    const alone = await checkAndPublish(request('alone'));
    const ahead = await checkAndPublish(request('ahead', { checkAhead: { mainWaits: true } }));
    expect(alone.ok && alone.chunksCheckedAhead).toBe(0);
    expect(ahead.ok).toBe(true);
    if (!ahead.ok || !alone.ok) return;
    expect(ahead.chunksCheckedAhead).toBeGreaterThanOrEqual(1);
    expect(ahead.chunksCheckedAhead).toBeLessThanOrEqual(2);
    expect(ahead.diagnostics).toEqual(alone.diagnostics);
    const unused = ahead.diagnostics.filter((d) => d.rule === 'figure-unused');
    expect(unused.map((d) => relative(request('ahead').contentDir, d.file))).toEqual(
      warned.map((id) => join('releases', id, 'en.md')),
    );
    expect(unused.map((d) => [d.line, d.column])).toEqual([
      [10, 3],
      [10, 3],
    ]);
    expect(ahead.pages).toBe(alone.pages);
    const built = tree(request('ahead').outDir);
    expect(Object.keys(built).length).toBeGreaterThan(900);
    expect(built).toEqual(tree(request('alone').outDir));

    // Built again with the same cache: every release's diagnostics are there, no thread starts.
    const again = await checkAndPublish({
      ...request('ahead'),
      outDir: request('again').outDir,
      checkAhead: {},
    });
    expect(again.ok && again.chunksCheckedAhead).toBe(0);
    expect(tree(request('again').outDir)).toEqual(built);
  }, 120_000);

  test('a worker that fails leaves every chunk to the main thread: the same site', async () => {
    const { dir, request } = largeRoom();
    const failing = join(dir, 'failing-worker.mjs');
    writeFileSync(failing, "throw new Error('no worker here');\n");
    const alone = await checkAndPublish(request('alone'));
    const failed = await checkAndPublish(
      request('failed', { checkAhead: { worker: pathToFileURL(failing) } }),
    );
    expect(failed.ok && failed.chunksCheckedAhead).toBe(0);
    expect(failed.diagnostics).toEqual(alone.diagnostics);
    expect(tree(request('failed').outDir)).toEqual(tree(request('alone').outDir));
  }, 120_000);

  test('a cache that never held diagnostics starts the thread before the room is loaded; one that did, not', async () => {
    const { request } = largeRoom();
    const first = request('first');
    const early = startCheckingAheadOfLoading({ ...first, cacheDir: first.cacheDir! });
    expect(early).toBeDefined();
    early?.stop();
    // Fewer release folders than worth a thread.
    expect(
      startCheckingAheadOfLoading({ ...first, cacheDir: first.cacheDir!, minReleases: 451 }),
    ).toBeUndefined();
    const built = await checkAndPublish(first);
    expect(built.ok).toBe(true);
    expect(startCheckingAheadOfLoading({ ...first, cacheDir: first.cacheDir! })).toBeUndefined();
  }, 120_000);

  test('too few releases to check start no thread', async () => {
    const { request } = largeRoom();
    const small = await checkAndPublish(request('small', { checkAhead: { minReleases: 451 } }));
    expect(small.ok && small.chunksCheckedAhead).toBe(0);
  }, 120_000);
});

describe('SharedClaims', () => {
  test('each chunk goes to one side; the forward side waits for a chunk the other is checking', async () => {
    const claims = SharedClaims.create(3);
    // Another thread claims chunk 1 the way `claim` does, holds it 300 ms, then finishes it.
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const states = new Int32Array(workerData, 0, 3);
       Atomics.compareExchange(states, 1, 0, 2);
       parentPort.postMessage('claimed');
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
       Atomics.store(states, 1, 3);
       Atomics.notify(states, 1);`,
      { eval: true, workerData: claims.buffer },
    );
    await new Promise((resolve) => worker.once('message', resolve));
    expect(claims.claim(1)).toBe(false);
    expect(claims.claim(2)).toBe(true);
    claims.take(0);
    expect(claims.claim(0)).toBe(false);
    claims.take(1);
    // Returned only once the other thread finished chunk 1.
    expect(claims.finished).toBe(1);
    claims.finish(2);
    expect(claims.finished).toBe(2);
    await worker.terminate();
  });
});
