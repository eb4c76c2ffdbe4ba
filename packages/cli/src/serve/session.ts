import { relative, sep } from 'node:path';
import {
  type CheckMemo,
  checkPressRoom,
  DiskStore,
  FrontMatterCache,
  hasErrors,
  indexDigest,
  type PressRoom,
  releaseCheckCache,
  reloadReleases,
  roomDigest,
} from '@communique/core';
import type { SiteOptions } from '@communique/site';
import { checkAndPublish, type PublishOutcome } from '../build/publish.ts';
import type { ContentChanges } from './watch-content.ts';

export interface SessionOptions {
  readonly contentDir: string;
  readonly outDir: string;
  /** The instant to publish at, asked at each build (a fixed `--now`, else the clock). */
  readonly now: () => Date;
  readonly preview: boolean;
  readonly cacheDir: string | undefined;
  /** Told once a partial rebuild has written the edited releases' pages, before the site-wide ones. */
  readonly onEditedPagesWritten?: () => void;
  /** Told when the search index caught up with a partial rebuild (or could not). */
  readonly onSearchIndex?: (outcome: SearchRefresh) => void;
}

export type SearchRefresh =
  | { readonly ok: true; readonly pages: number; readonly milliseconds: number }
  | { readonly ok: false; readonly error: unknown };

/** A rebuild's outcome, and whether it was partial (only the edited releases' pages and the site pages). */
export type SessionOutcome = PublishOutcome & { readonly partial: boolean };

/**
 * What `serve` keeps between rebuilds: the loaded room, each release's diagnostics, and the
 * published digests. An edit inside release folders that changes no URL and no publication
 * (a body, a title, a figure) reloads only those releases, checks only them, and writes only
 * their pages plus the site-wide pages (lists, feeds, sitemap); anything else rebuilds the whole
 * site as `build` does.
 */
export class ServeSession {
  readonly #options: SessionOptions;
  readonly #memo: CheckMemo = new WeakMap();
  readonly #frontMatter: FrontMatterCache | undefined;
  #room: PressRoom | undefined;
  /** The whole site as the last build published it: edited pages are published around it first. */
  #site: PublishedSite | undefined;
  #digests: string | undefined;
  #nextPublication: Date | undefined;
  /** Releases edited since the last build that published: their pages are not written yet. */
  #pending = new Set<string>();
  /** Bumped by every whole build: a search refresh started before one must not swap its index in. */
  #generation = 0;
  #search: Promise<void> | undefined;
  #searchAgain = false;
  /** The folders (`en`, `fr`) of the release pages written since the last search refresh started. */
  #searchFolders = new Set<string>();

  constructor(options: SessionOptions) {
    this.#options = options;
    this.#frontMatter = options.cacheDir === undefined ? undefined : new FrontMatterCache(options.cacheDir);
  }

  /** Loads, checks and publishes everything into a temporary folder swapped in (like `build`). */
  async full(): Promise<SessionOutcome> {
    this.#generation++;
    const options = this.#options;
    const outcome = await checkAndPublish({
      contentDir: options.contentDir,
      outDir: options.outDir,
      now: options.now(),
      preview: options.preview,
      cacheDir: options.cacheDir,
      checkMemo: this.#memo,
      frontMatterCache: this.#frontMatter,
      // Only the first build checks every release; later ones find most in the memo.
      checkAhead: this.#room === undefined ? {} : undefined,
    });
    this.#room = outcome.room;
    this.#digests = digestsOf(outcome.room);
    this.#pending.clear();
    this.#nextPublication = outcome.ok ? outcome.nextPublication : undefined;
    this.#site = outcome.ok ? outcome.published : undefined;
    // A refused build published nothing: the next edit must publish everything again.
    if (!outcome.ok) this.#room = undefined;
    return { ...outcome, partial: false };
  }

  /**
   * Checks one release again, without the cache, and forgets the result. A build that found every
   * release in the cache ran none of the checks: the first edit would pay for compiling them
   * (about a tenth of a second, mostly regular expressions), so the server pays it before listening.
   */
  warmUp(): void {
    const room = this.#room;
    const release = room?.releases.reduce<PressRoom['releases'][number] | undefined>(
      (most, next) => (next.versions.length > (most?.versions.length ?? 0) ? next : most),
      undefined,
    );
    try {
      if (room && release) checkPressRoom({ ...room, releases: [release] }, { dropTrees: true });
    } catch {
      // Only a head start: the edit's own check reports whatever this met.
    }
  }

  /** Publishes what `changes` touched: partially when it can, else in full. */
  async update(changes: ContentChanges): Promise<SessionOutcome> {
    const started = performance.now();
    const options = this.#options;
    const now = options.now();
    const ids = changes.unknown ? undefined : releaseIdsOf(options.contentDir, changes.paths);
    const previous = this.#room;
    if (!previous || !ids || (this.#nextPublication && this.#nextPublication <= now)) return this.full();
    const room = reloadReleases(previous, ids, { frontMatterCache: this.#frontMatter });
    // A new release, date, slug or embargo moves URLs or publication: only a whole build is right.
    if (digestsOf(room) !== this.#digests) return this.full();
    const store = options.cacheDir === undefined ? undefined : new DiskStore(options.cacheDir);
    for (const id of ids) this.#pending.add(id);
    // Only the releases not yet published are checked again, room-wide checks included: with the
    // registries, site.yaml and every release's languages, dates and slugs as they were at the last
    // whole build (the digests above), nothing else can have gained an error.
    const edited = room.releases.filter((release) => this.#pending.has(release.id));
    const diagnostics = checkPressRoom(
      { ...room, releases: edited },
      // Their parses are kept for their pages below, then dropped.
      { cache: releaseCheckCache(room, { store, memo: this.#memo }) },
    );
    this.#room = room;
    const dropTrees = () => {
      for (const release of edited) for (const version of release.versions) version.dropTree();
    };
    if (hasErrors(diagnostics)) {
      dropTrees();
      return { ok: false, room, diagnostics, partial: true };
    }
    const { buildSite, firstSegment, writeReleasePages } = await import('@communique/site/build');
    const releases = new Set(this.#pending);
    const pages = {
      room,
      now,
      preview: options.preview,
      outDir: options.outDir,
      releases,
      cache: options.cacheDir,
    };
    // The edited pages first, without Eleventy and publishing only their releases: they are what
    // the press officer is looking at. Then the whole site is published for the site-wide pages,
    // and the edited pages are written again from it, through the cache, exactly as a build would.
    const around = this.#site;
    const first = writeReleasePages({ ...pages, ...(around ? { model: { around } } : {}) });
    for (const path of first.written.paths)
      if (path.endsWith('.html')) this.#searchFolders.add(firstSegment(path));
    dropTrees();
    options.onEditedPagesWritten?.();
    let whole = around ? undefined : first.published;
    const rest = await buildSite({
      content: options.contentDir,
      room,
      now,
      preview: options.preview,
      outDir: options.outDir,
      ...(options.cacheDir === undefined ? {} : { cache: options.cacheDir }),
      partial: { part: 'site-pages', releases },
      ...(whole ? { published: whole } : {}),
      onPublish: (model) => {
        whole = model;
      },
    });
    if (around && whole) writeReleasePages({ ...pages, model: { published: whole } });
    this.#site = whole;
    this.#pending.clear();
    this.#refreshSearch();
    return {
      ok: true,
      room,
      diagnostics,
      pages: first.written.html + rest.pages,
      files: 0,
      chunksCheckedAhead: 0,
      published: whole,
      milliseconds: performance.now() - started,
      nextPublication: rest.nextPublication,
      partial: true,
    };
  }

  /** Resolves once no search refresh is running (before the output folder is removed). */
  idle(): Promise<void> {
    return this.#search ?? Promise.resolve();
  }

  /**
   * Indexes the site again in the background after a partial rebuild, so search finds the edited
   * release by its new words without delaying the page itself: only the languages of the pages
   * written, the others are kept from the live index. Edits during a refresh cause one more
   * refresh after it; a whole build meanwhile makes it moot.
   */
  #refreshSearch(): void {
    if (this.#search) {
      this.#searchAgain = true;
      return;
    }
    const generation = this.#generation;
    const current = () => generation === this.#generation;
    this.#search = (async () => {
      const { refreshSearchIndex } = await import('@communique/site/build');
      do {
        this.#searchAgain = false;
        const changed = this.#searchFolders;
        this.#searchFolders = new Set();
        const started = performance.now();
        try {
          const result = await refreshSearchIndex(this.#options.outDir, current, { changed });
          if (result)
            this.#options.onSearchIndex?.({
              ok: true,
              pages: result.pages,
              milliseconds: performance.now() - started,
            });
        } catch (error) {
          // The live index was left as it was: the next refresh indexes these languages again.
          for (const folder of changed) this.#searchFolders.add(folder);
          if (current()) this.#options.onSearchIndex?.({ ok: false, error });
        }
      } while (this.#searchAgain && current());
    })().finally(() => {
      this.#search = undefined;
    });
  }
}

type PublishedSite = NonNullable<SiteOptions['published']>;

function digestsOf(room: PressRoom): string {
  return `${roomDigest(room)} ${indexDigest(room)}`;
}

/**
 * The releases (`<year>/<slug>`) that changed paths fall in, or undefined when one is anywhere
 * else (`site.yaml`, a registry, a year folder itself): only a whole build is right then.
 */
export function releaseIdsOf(contentDir: string, paths: readonly string[]): Set<string> | undefined {
  const ids = new Set<string>();
  for (const path of paths) {
    const parts = relative(contentDir, path).split(sep);
    if (parts[0] !== 'releases' || parts.length < 3) return undefined;
    ids.add(`${parts[1]}/${parts[2]}`);
  }
  return ids.size > 0 ? ids : undefined;
}
