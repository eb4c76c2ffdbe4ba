import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { pagefindFolder } from './urls.ts';

/** What a search index build wrote. */
export interface SearchIndexResult {
  /** Pages indexed (release pages: the only ones with `data-pagefind-body`). */
  readonly pages: number;
  /** Languages of the index, as Pagefind read them from `<html lang>`. */
  readonly languages: readonly string[];
}

/** Sections of a release page that would only add noise to results: every page of an organisation repeats them. */
const excluded = ['.key-figures', '.contacts', '.about', '.release-topics'];

/**
 * Indexes the built site in `outDir` with Pagefind and writes the index and its browser module to
 * `<outDir>/pagefind/`. Only pages that mark their body with `data-pagefind-body` (release pages)
 * are indexed; Pagefind splits the index by each page's `<html lang>`. Runs on the finished output,
 * so it indexes exactly what was published: an embargoed release has no page, hence no entry.
 */
export function writeSearchIndex(outDir: string): Promise<SearchIndexResult> {
  return exclusively(() => indexInto(outDir, join(outDir, pagefindFolder)));
}

/**
 * Indexes `outDir` again beside the live index and swaps the new one in, for `serve` after a
 * partial rebuild: readers keep a whole index while it runs. `stillCurrent` is asked right
 * before the swap; when it says no (a whole build replaced the folder meanwhile, with its own
 * fresh index) the new index is thrown away.
 */
export function refreshSearchIndex(
  outDir: string,
  stillCurrent: () => boolean = () => true,
): Promise<SearchIndexResult | undefined> {
  return exclusively(async () => {
    const live = join(outDir, pagefindFolder);
    const next = join(outDir, `.${pagefindFolder}-next`);
    const old = join(outDir, `.${pagefindFolder}-old`);
    rmSync(next, { recursive: true, force: true });
    const result = await indexInto(outDir, next);
    if (!stillCurrent()) {
      rmSync(next, { recursive: true, force: true });
      return undefined;
    }
    rmSync(old, { recursive: true, force: true });
    renameSync(live, old);
    renameSync(next, live);
    rmSync(old, { recursive: true, force: true });
    return result;
  });
}

/** Pagefind is one service per process: one index build at a time. */
let queue: Promise<unknown> = Promise.resolve();
function exclusively<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

async function indexInto(outDir: string, outputPath: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: excluded });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0)
      throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // `page_count` counts every HTML file read; the entry counts the pages indexed, per language.
    const entry = JSON.parse(readFileSync(join(written.outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages?: Record<string, { page_count: number }>;
    };
    const languages = Object.entries(entry.languages ?? {});
    return {
      pages: languages.reduce((sum, [, language]) => sum + language.page_count, 0),
      languages: languages.map(([lang]) => lang).sort(),
    };
  } finally {
    await pagefind.close();
  }
}
