import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type PagefindJob, type PagefindRun, runStaggered, startPagefind } from '../lib/pagefind-run.ts';
import { filesUnder } from './helpers.ts';

/** A run the test finishes by hand: it records when it started and whether it was stopped. */
interface FakeRun extends PagefindRun {
  readonly job: PagefindJob;
  finishReading(): void;
  finish(): void;
  fail(error: Error): void;
  stopped: boolean;
}

function fakeStarter(events: string[]): { start: (job: PagefindJob) => PagefindRun; runs: FakeRun[] } {
  const runs: FakeRun[] = [];
  const start = (job: PagefindJob): PagefindRun => {
    events.push(`start ${job.glob}`);
    let finishReading = () => {};
    let finish = () => {};
    let failReading = (_error: Error) => {};
    let fail = (_error: Error) => {};
    const read = new Promise<void>((resolve, reject) => {
      finishReading = resolve;
      failReading = reject;
    });
    const done = new Promise<void>((resolve, reject) => {
      finish = () => {
        finishReading();
        resolve();
      };
      // As a real run: a failure before its pages are read rejects `read` too.
      fail = (error) => {
        failReading(error);
        reject(error);
      };
    });
    read.catch(() => {});
    done.catch(() => {});
    const run: FakeRun = {
      job,
      read,
      done,
      finishReading,
      finish,
      fail,
      stopped: false,
      // As a real run: stopped, its process is killed and `done` rejects.
      stop: () => {
        run.stopped = true;
        fail(new Error('Pagefind stopped'));
      },
    };
    runs.push(run);
    return run;
  };
  return { start, runs };
}

const job = (glob: string): PagefindJob => ({
  site: '/site',
  glob,
  outputPath: `/out/${glob}`,
  excludeSelectors: [],
  cwd: '/out',
});

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Pagefind runs one after the other, overlapping', () => {
  test('a run starts once the one before has read its pages and the one before that has finished', async () => {
    const events: string[] = [];
    const { start, runs } = fakeStarter(events);
    const all = runStaggered([job('ar'), job('en'), job('fr')], start, () => true);
    await settle();
    expect(events).toEqual(['start ar']);
    runs[0]!.finishReading();
    await settle();
    expect(events).toEqual(['start ar', 'start en']);
    // The second has read its pages, but the first is still writing: at most two at once.
    runs[1]!.finishReading();
    await settle();
    expect(events).toEqual(['start ar', 'start en']);
    runs[0]!.finish();
    await settle();
    expect(events).toEqual(['start ar', 'start en', 'start fr']);
    runs[1]!.finish();
    runs[2]!.finish();
    await all;
  });

  test('without room for a second run, each starts once the one before has finished', async () => {
    const events: string[] = [];
    const { start, runs } = fakeStarter(events);
    const all = runStaggered([job('ar'), job('en')], start, () => false);
    runs[0]!.finishReading();
    await settle();
    expect(events).toEqual(['start ar']);
    runs[0]!.finish();
    await settle();
    expect(events).toEqual(['start ar', 'start en']);
    runs[1]!.finish();
    await all;
  });

  test('a failed run stops the others and its error is thrown', async () => {
    const { start, runs } = fakeStarter([]);
    const all = runStaggered([job('ar'), job('en'), job('fr')], start, () => true);
    runs[0]!.finishReading();
    await settle();
    runs[1]!.fail(new Error('Pagefind stopped'));
    await expect(all).rejects.toThrow('Pagefind stopped');
    expect(runs.map((run) => run.stopped)).toEqual([true, true]);
  });
});

test('the last run failing stops one still writing, without waiting for it', async () => {
  const { start, runs } = fakeStarter([]);
  const all = runStaggered([job('ar'), job('en')], start, () => true);
  runs[0]!.finishReading();
  await settle();
  runs[1]!.fail(new Error('Pagefind failed'));
  await expect(all).rejects.toThrow('Pagefind failed');
  expect(runs[0]!.stopped).toBe(true);
});

test('a build that fails meanwhile (its signal aborted) stops its runs and starts no other', async () => {
  const events: string[] = [];
  const { start, runs } = fakeStarter(events);
  const build = new AbortController();
  const all = runStaggered([job('ar'), job('en'), job('fr')], start, () => true, build.signal);
  runs[0]!.finishReading();
  await settle();
  build.abort();
  expect(runs.map((run) => run.stopped)).toEqual([true, true]);
  // Whatever the stopped runs still say, the third never starts.
  runs[1]!.finishReading();
  runs[0]!.finish();
  await expect(all).rejects.toThrow(/Pagefind stopped/);
  expect(events).toEqual(['start ar', 'start en']);
});

describe('a Pagefind process', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  function site(): string {
    const root = mkdtempSync(join(tmpdir(), 'communique-pagefind-run-'));
    const page = join(root, 'site', 'en', 'portal', 'index.html');
    mkdirSync(dirname(page), { recursive: true });
    writeFileSync(
      page,
      '<!doctype html><html lang="en"><head><title>Portal</title></head><body><main data-pagefind-body><h1>Portal</h1><p>A reporting portal opens.</p></main></body></html>',
    );
    mkdirSync(join(root, 'work'));
    return root;
  }

  test('writes the bundle, having said when it read the pages; PAGEFIND_ settings of the caller are not passed on', async () => {
    const root = site();
    // Would index the page as French, were it passed on.
    process.env.PAGEFIND_FORCE_LANGUAGE = 'fr';
    const run = startPagefind({
      site: join(root, 'site'),
      glob: 'en/**/*.{html}',
      outputPath: join(root, 'work', 'bundle'),
      excludeSelectors: ['.contacts'],
      cwd: join(root, 'work'),
    });
    let readFirst = false;
    await run.read.then(() => {
      readFirst = true;
    });
    await run.done;
    expect(readFirst).toBe(true);
    const entry = JSON.parse(readFileSync(join(root, 'work', 'bundle', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(1);
    expect(filesUnder(join(root, 'work', 'bundle')).some((file) => file.startsWith('fragment/en_'))).toBe(
      true,
    );
  });

  test('a run that finds no page fails with what Pagefind said', async () => {
    const root = site();
    const run = startPagefind({
      site: join(root, 'site'),
      glob: 'missing/**/*.{html}',
      outputPath: join(root, 'work', 'bundle'),
      excludeSelectors: [],
      cwd: join(root, 'work'),
    });
    await expect(run.done).rejects.toThrow(
      /^Pagefind failed: Error: Pagefind was not able to build an index\.$/,
    );
  });
});
