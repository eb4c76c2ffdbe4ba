import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { writeSearchIndex } from '../lib/search-index.ts';
import { type IndexFiles, inThisThread, inWorker } from '../lib/search-index-files.ts';
import { filesUnder } from './helpers.ts';

/** A built folder with two release pages, indexed once into `cache`: the entry to place. */
async function storedIndex(): Promise<{ root: string; entry: string; live: Map<string, Buffer> }> {
  const root = mkdtempSync(join(tmpdir(), 'communique-index-files-'));
  const out = join(root, 'out');
  for (const [path, title] of [
    ['en/2024/portal/index.html', 'Portal launch'],
    ['en/2023/report/index.html', 'Annual report'],
  ] as const) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(
      join(out, path),
      `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1></main></body></html>`,
    );
  }
  const cache = join(root, 'cache');
  await writeSearchIndex(out, { cache, pagesDigests: { en: 'pages' } });
  const entries = join(cache, 'v1', 'search', 'language', 'en');
  const [key] = readdirSync(entries).filter((name) => !name.startsWith('.'));
  return { root, entry: join(entries, key!), live: filesOf(join(out, 'pagefind')) };
}

function filesOf(dir: string): Map<string, Buffer> {
  return new Map(filesUnder(dir).map((path) => [path, readFileSync(join(dir, path))]));
}

async function placeWith(files: IndexFiles, entry: string, target: string) {
  try {
    return await files.placeCached([entry], target);
  } finally {
    files.close();
  }
}

test('the worker thread places a stored index as the build’s own thread does, byte for byte', async () => {
  const { root, entry, live } = await storedIndex();
  const byWorker = await placeWith(inWorker(), entry, join(root, 'by-worker'));
  const here = await placeWith(inThisThread, entry, join(root, 'here'));
  expect(byWorker.placed?.entry).toBe(live.get('pagefind-entry.json')!.toString('utf8'));
  expect(Object.keys(byWorker.placed?.languages ?? {})).toEqual(['en']);
  expect(byWorker).toEqual(here);
  expect(filesOf(join(root, 'by-worker'))).toEqual(live);
  expect(filesOf(join(root, 'here'))).toEqual(live);
});

test('a worker that cannot start leaves the work to the build’s thread: the same index', async () => {
  const { root, entry, live } = await storedIndex();
  const failing = join(root, 'failing-worker.mjs');
  writeFileSync(failing, "throw new Error('no worker here');\n");
  const placed = await placeWith(inWorker(pathToFileURL(failing)), entry, join(root, 'fallback'));
  expect(placed.placed?.entry).toBe(live.get('pagefind-entry.json')!.toString('utf8'));
  expect(filesOf(join(root, 'fallback'))).toEqual(live);
});

test('an entry missing from the cache is found missing, and nothing is placed', async () => {
  const { root, entry } = await storedIndex();
  const target = join(root, 'none');
  const cached = await placeWith(inWorker(), `${entry}-not-there`, target);
  expect(cached).toEqual({ found: [undefined] });
  expect(() => readdirSync(target)).toThrow();
  // One found, one not: the one found is given back, and still nothing is placed.
  const files = inWorker();
  try {
    const some = await files.placeCached([entry, `${entry}-not-there`], target);
    expect(some.found[0]?.files).toContain('pagefind-entry.json');
    expect(some.found[1]).toBeUndefined();
    expect(some.placed).toBeUndefined();
  } finally {
    files.close();
  }
  expect(() => readdirSync(target)).toThrow();
});
