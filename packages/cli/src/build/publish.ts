import { readdirSync } from 'node:fs';
import {
  type CheckMemo,
  checkPressRoom,
  type Diagnostic,
  DiskStore,
  FrontMatterCache,
  hasErrors,
  loadPressRoom,
  type PressRoom,
  type Release,
  releaseCheckCache,
} from '@communique/core';
import type { SiteOptions } from '@communique/site';
import { CommandError } from '../io.ts';
import { outputMarker, replaceAtomically } from './atomic-output.ts';

export interface PublishRequest {
  readonly contentDir: string;
  readonly outDir: string;
  /** The instant to publish at. */
  readonly now: Date;
  readonly preview: boolean;
  /** The content cache folder (diagnostics and rendered pages of earlier builds), or undefined for none. */
  readonly cacheDir?: string | undefined;
  /** Diagnostics by release kept in memory between builds (`serve`). */
  readonly checkMemo?: CheckMemo | undefined;
  /** Parsed front matter kept between loads (`serve`); default one on `cacheDir`, if any. */
  readonly frontMatterCache?: FrontMatterCache | undefined;
  /** Runs after the site is written into the temporary folder, before it is swapped in. */
  readonly beforeSwap?: () => Promise<void>;
}

export type PublishOutcome =
  | { readonly ok: false; readonly room: PressRoom; readonly diagnostics: readonly Diagnostic[] }
  | {
      readonly ok: true;
      readonly room: PressRoom;
      readonly diagnostics: readonly Diagnostic[];
      readonly pages: number;
      readonly files: number;
      readonly milliseconds: number;
      readonly nextPublication: Date | undefined;
      /** What was published (serve publishes only edited releases around it after an edit). */
      readonly published: PublishedSite | undefined;
    };

/**
 * Loads and checks the press room, then (only when no error was found) builds the site into a
 * temporary folder and swaps it in.
 */
export async function checkAndPublish(request: PublishRequest): Promise<PublishOutcome> {
  const started = performance.now();
  const frontMatterCache =
    request.frontMatterCache ??
    (request.cacheDir === undefined ? undefined : new FrontMatterCache(request.cacheDir));
  const room = loadPressRoom(request.contentDir, { frontMatterCache });
  const store = request.cacheDir === undefined ? undefined : new DiskStore(request.cacheDir);
  const memo = request.checkMemo;
  const { buildSite, publishForBuild, renderBodyAhead } = await import('@communique/site/build');
  const early = renderWhileChecking(room, renderBodyAhead, (target) =>
    publishForBuild(target, {
      now: request.now,
      preview: request.preview,
      baseUrl: undefined,
      cache: request.cacheDir,
    }),
  );
  // Each body's parse is freed once its release is checked and its pages rendered: keeping every
  // tree until Eleventy lays the pages out held the whole corpus in memory (over 2 GiB at
  // 10,000 × 5), and parsing again there would parse every body twice.
  const diagnostics = checkPressRoom(room, {
    dropTrees: true,
    onChecked: early.render,
    ...(store || memo ? { cache: releaseCheckCache(room, { store, memo }) } : {}),
  });
  if (hasErrors(diagnostics)) return { ok: false, room, diagnostics };
  const published = early.published();
  try {
    const result = await replaceAtomically(
      request.outDir,
      (tempDir) =>
        buildSite({
          content: request.contentDir,
          room,
          now: request.now,
          preview: request.preview,
          outDir: tempDir,
          ...(request.cacheDir === undefined ? {} : { cache: request.cacheDir }),
          ...(published ? { published } : {}),
        }),
      request.beforeSwap,
    );
    return {
      ok: true,
      room,
      diagnostics,
      pages: result.pages,
      files: countFiles(request.outDir),
      milliseconds: performance.now() - started,
      nextPublication: result.nextPublication,
      published: result.published,
    };
  } catch (error) {
    const problem = contentProblem(error);
    if (problem) throw new CommandError(`${problem}; the output folder was not changed`);
    throw error;
  }
}

/**
 * A problem only the build could see — in the content (two pages at one URL) or in indexing it
 * for search (Pagefind died) —, found in Eleventy's error chain.
 */
function contentProblem(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  for (let current = error; current instanceof Error && !seen.has(current); ) {
    seen.add(current);
    if (current.name === 'CommuniquePluginError' || current.name === 'SearchIndexError')
      return current.message;
    current = (current as { originalError?: unknown }).originalError ?? current.cause;
  }
  return undefined;
}

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && !(entry.name === outputMarker && entry.parentPath === dir),
  ).length;
}

export function instantText(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

type PublishedSite = NonNullable<SiteOptions['published']>;

/**
 * Renders the pages of each chunk of releases as soon as it is checked, while its bodies are
 * parsed, into the published model the build then hands to Eleventy (with a content cache, into
 * the cache only: the pages read them back when they are laid out, and memory stays bounded).
 * The model is published on the first chunk; when the room cannot be published (the checks will
 * say why) or a body cannot be rendered, nothing is kept from here and the build publishes as
 * usual.
 */
function renderWhileChecking(
  room: PressRoom,
  renderAhead: (page: ReleasePage) => void,
  publish: (room: PressRoom) => PublishedSite,
) {
  let model: PublishedSite | undefined;
  let pagesById: Map<string, readonly ReleasePage[]> | undefined;
  let failed = false;
  return {
    render(releases: readonly Release[]): void {
      if (failed) return;
      try {
        model ??= publish(room);
        pagesById ??= new Map(model.releases.map((release) => [release.id, release.versions]));
        for (const release of releases) for (const page of pagesById.get(release.id) ?? []) renderAhead(page);
      } catch {
        failed = true;
      }
    },
    published: (): PublishedSite | undefined => (failed ? undefined : model),
  };
}

type ReleasePage = PublishedSite['pages'][number];
