import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { Eleventy } from '@11ty/eleventy';
import type { PressRoom } from '@communique/core';
import {
  copyReleaseAssets,
  layOutAhead,
  type PublishedSite,
  publishForBuild,
  type ReleaseFilesWritten,
  writeReleaseFiles,
} from '@communique/eleventy-plugin';
import { configureSite, type SiteOptions } from './eleventy.config.ts';
import { writeSearchIndex } from './lib/search-index.ts';
import { pagefindFolder } from './lib/urls.ts';
import { releaseFiles } from './release-files/index.ts';

export { publishForBuild, renderBodyAhead } from '@communique/eleventy-plugin';
export { refreshSearchIndex, type SearchIndexResult, stopSearchIndexing } from './lib/search-index.ts';

export interface BuildResult {
  /** HTML pages written. */
  readonly pages: number;
  /**
   * Files written into the output folder, from what each writer reports (Eleventy's pages and
   * copies, the release files, the release folders' files, the search index), rather than a walk
   * of 150,000 files at 10,000 × 5. After a partial build, only the files it wrote.
   */
  readonly files: number;
  /** The instant after the build's `now` at which a rebuild would publish something. */
  readonly nextPublication: Date | undefined;
  /** The model the build published (undefined when it published nothing). */
  readonly published: PublishedSite | undefined;
}

/**
 * Lays out the release pages of some releases into the content cache, before the build writes
 * anything (see the plugin's `layOutAhead`): the build then only places them.
 */
export function layOutReleasesAhead(
  published: PublishedSite,
  releases: ReadonlySet<string>,
  cache: string,
): number {
  return layOutAhead(published, releaseFiles, { cache, releases });
}

/** Builds the site into `outDir` with Eleventy, in this process. Eleventy's own logging is off. */
export async function buildSite(options: SiteOptions & { readonly outDir: string }): Promise<BuildResult> {
  const { outDir, ...siteOptions } = options;
  let published: PublishedSite | undefined;
  let releasePages = 0;
  let releaseFilesWritten = 0;
  let assetsCopied = 0;
  let releaseFiles: ReleaseFilesWritten | undefined;
  // A partial build (serve, after an edit) leaves the search index as it is: indexing every page
  // again would cost more than the rebuild itself. Serve refreshes it afterwards, in the background.
  let indexing: Promise<unknown> | undefined;
  const stopIndexing = new AbortController();
  /** Indexes the release pages of `written` (every page, without), once `pagesWritten` resolves. */
  const startIndex = (written: IndexedFiles | undefined, pagesWritten?: Promise<unknown>) => {
    const pages = written && htmlPaths(written);
    indexing = writeSearchIndex(outDir, {
      cache: siteOptions.cache,
      pagesDigests: written && pages && pageFolderDigests(written, pages),
      pages,
      pagesWritten,
      signal: stopIndexing.signal,
    });
    indexing.catch(() => {});
    return indexing;
  };
  const eleventy = new Eleventy(undefined, relative(process.cwd(), outDir) || '.', {
    configPath: false,
    quietMode: true,
    // The templates are ES modules wherever the build runs from (Eleventy would guess from the
    // package.json of the working directory, and render nothing from a folder without one).
    loader: 'esm',
    config: configureSite({
      ...siteOptions,
      onPublish: (site) => {
        published = site;
        siteOptions.onPublish?.(site);
      },
      onReleaseFilesStarted: (started) => {
        siteOptions.onReleaseFilesStarted?.(started);
        // The index reads only the release pages, keyed by their digests: it is placed from the
        // cache, or made once the pages are written, while Eleventy writes the other pages.
        if (siteOptions.partial || started.planned.html === 0 || !started.planned.digests) return;
        startIndex(started.planned, started.placed);
      },
      onAssetsCopied: (copied) => {
        assetsCopied += copied;
        siteOptions.onAssetsCopied?.(copied);
      },
      onReleaseFiles: (written) => {
        releasePages += written.html;
        releaseFilesWritten += written.files;
        releaseFiles = written;
        siteOptions.onReleaseFiles?.(written);
      },
    }),
  });
  eleventy.disableLogger();
  let copies: unknown;
  let templates: Awaited<ReturnType<Eleventy['write']>>[1];
  try {
    [copies, templates] = await eleventy.write();
  } catch (error) {
    if (indexing) {
      // Nothing may still write into a folder the caller is about to remove.
      stopIndexing.abort();
      await indexing.catch(() => {});
    }
    throw error;
  }
  // Only release pages mark their body for the index; with none, Pagefind would read every page.
  if (!siteOptions.partial) await (indexing ?? startIndex(releasePages > 0 ? releaseFiles : undefined));
  const pages = templates.filter(
    (page) => typeof page.outputPath === 'string' && page.outputPath.endsWith('.html'),
  );
  const byEleventy = new Set([
    ...templates.flatMap((page) => (typeof page.outputPath === 'string' ? [resolve(page.outputPath)] : [])),
    ...copiedPaths(copies),
  ]);
  const searchIndex = siteOptions.partial ? 0 : filesIn(join(outDir, pagefindFolder));
  return {
    pages: pages.length + releasePages,
    files: byEleventy.size + releaseFilesWritten + assetsCopied + searchIndex,
    nextPublication: published?.nextPublication,
    published,
  };
}

/** The files Eleventy's passthrough copies wrote (each copy's `map`: source to output path). */
function copiedPaths(copies: unknown): string[] {
  if (!Array.isArray(copies)) return [];
  return copies.flatMap((copy: unknown) => {
    const map = (copy as { map?: unknown } | null)?.map;
    return typeof map === 'object' && map !== null
      ? Object.values(map).flatMap((path) => (typeof path === 'string' ? [resolve(path)] : []))
      : [];
  });
}

/** The files under `dir` (a few folders of many files: cheap to list). */
function filesIn(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

/**
 * The digests of the folders (`en`, `fr`) holding release pages (`pages`), the pages the search
 * index reads: the search index of a language is kept in the cache by its folder's digest.
 */
function pageFolderDigests(
  written: IndexedFiles,
  pages: readonly string[],
): Record<string, string> | undefined {
  if (!written.digests) return undefined;
  const folders = new Set(pages.map(firstSegment));
  return Object.fromEntries(Object.entries(written.digests).filter(([folder]) => folders.has(folder)));
}

/** What the search index needs of the release files written (or planned). */
type IndexedFiles = Pick<ReleaseFilesWritten, 'digests' | 'paths'>;

/** The release pages among the release files (the others are their ninjs and media). */
function htmlPaths(written: IndexedFiles): string[] {
  return written.paths.filter((path) => path.endsWith('.html'));
}

/** The first segment of a path relative to the output folder: a release page's language folder. */
export function firstSegment(path: string): string {
  return path.split(sep, 1)[0]!;
}

export interface ReleasePagesRequest {
  /** The loaded, checked room. */
  readonly room: PressRoom;
  readonly now: Date;
  readonly preview: boolean;
  readonly outDir: string;
  /** Release ids (`<year>/<slug>`) whose pages and files to write. */
  readonly releases: ReadonlySet<string>;
  readonly cache?: string | undefined;
  /**
   * How to publish: `{ published }` reuses the whole site already published from this room;
   * `{ around }` publishes only `releases`, linking to the rest as `around` (the whole site
   * published before an edit that moved no URL) does: fast, and not cached.
   * Default: publish the whole site.
   */
  readonly model?: { readonly published: PublishedSite } | { readonly around: PublishedSite };
}

/**
 * Writes only the pages (and ninjs, and media) of some releases into a folder that holds a whole
 * build of the same site, without Eleventy: what `serve` does first after an edit, so that the
 * page being edited shows as soon as possible. Returns the model it published.
 */
export function writeReleasePages(request: ReleasePagesRequest): {
  readonly published: PublishedSite;
  readonly written: ReleaseFilesWritten;
} {
  const model = request.model;
  const published =
    model && 'published' in model
      ? model.published
      : publishForBuild(request.room, {
          now: request.now,
          preview: request.preview,
          baseUrl: undefined,
          cache: request.cache,
          ...(model ? { only: { releases: request.releases, around: model.around } } : {}),
        });
  const written = writeReleaseFiles(published, request.outDir, releaseFiles, {
    cache: request.cache,
    releases: request.releases,
  });
  copyReleaseAssets(published, request.outDir, request.releases);
  return { published, written };
}
