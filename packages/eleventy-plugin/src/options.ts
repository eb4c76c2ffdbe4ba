import type { PressRoom } from '@communique/core';
import { CommuniquePluginError, pluginName } from './errors.ts';
import { PublishedSite } from './model/site.ts';
import type { ReleaseFiles, ReleaseFilesStarted, ReleaseFilesWritten } from './outputs/release-files.ts';

/** What a site passes to `eleventyConfig.addPlugin(communique, options)`. */
export interface CommuniqueOptions {
  /** The content folder (with `site.yaml`), relative to the working directory. Required unless `room` is given. */
  readonly content?: string;
  /**
   * A press room already loaded (and checked) by the caller, used for the first build instead of
   * loading `content` again. Rebuilds in watch mode reload from `content`.
   */
  readonly room?: PressRoom;
  /** The instant the build publishes at: releases whose embargo or date is later are left out. Default: the clock at each build. */
  readonly now?: Date;
  /** Include drafts and embargoed releases, each page flagged for a visible banner. Never use for a public build. Default false. */
  readonly preview?: boolean;
  /** Absolute base URL for canonical and hreflang links, instead of `site.yaml`'s `baseUrl` (a staging host). */
  readonly baseUrl?: string;
  /**
   * Refuse to build when the content has errors (the `communique check` rules). Default true.
   * The CLI checks before it builds, so it passes the checked `room` and turns this off.
   */
  readonly failOnErrors?: boolean;
  /** Copy the files that published releases use (media, linked PDFs) to their URLs under `/media/`. Default true. */
  readonly copyAssets?: boolean;
  /** Called with the published model at each build, before any page renders (the CLI reads `nextPublication`). */
  readonly onPublish?: (site: PublishedSite) => void;
  /**
   * A folder for the content cache: each release page's rendered body, by content hash, reused
   * by later builds instead of parsing and rendering again. Default: no cache.
   */
  readonly cache?: string;
  /**
   * Write only part of the site, into an output folder that already holds a full build of the
   * same content: `communique serve` uses it after an edit that changes no URL. See `PartialBuild`.
   */
  readonly partial?: PartialBuild;
  /**
   * The site already published from the same room at the same instant, reused instead of
   * publishing again: what an earlier partial build published (its `onPublish`), or what
   * `publishForBuild` made while the room was checked (the CLI renders bodies then).
   */
  readonly published?: PublishedSite;
  /**
   * Files the plugin writes for every published release page itself, after Eleventy's templates
   * (when it writes to disk), instead of templates paginating over `communique.pages`: laid out
   * once and then taken from the content cache while nothing they show changed. See `ReleaseFiles`.
   */
  readonly releaseFiles?: ReleaseFiles;
  /** Called after the release files were written, with what was written. */
  readonly onReleaseFiles?: (written: ReleaseFilesWritten) => void;
  /**
   * Called when the plugin starts placing the release files from the cache while Eleventy writes
   * its templates (a whole build with a cache), before any is written: with what will be written
   * and a promise of when it is. A site can key and place a search index of the pages meanwhile.
   */
  readonly onReleaseFilesStarted?: (started: ReleaseFilesStarted) => void;
  /** Called after the files of release folders were copied (`copyAssets`), with how many were. */
  readonly onAssetsCopied?: (copied: number) => void;
}

/**
 * A partial build. Templates that make one file per release page paginate over `communique.pages`
 * (the release page, its ninjs): `release-pages` runs only those, over the pages of `releases`;
 * `site-pages` runs every other template (lists, feeds, sitemap, vCards) over the whole site.
 */
export interface PartialBuild {
  readonly part: 'release-pages' | 'site-pages';
  /** Release ids (`<year>/<slug>`) whose pages to write. */
  readonly releases: ReadonlySet<string>;
}

export interface ResolvedOptions {
  readonly content: string | undefined;
  readonly room: PressRoom | undefined;
  readonly now: Date | undefined;
  readonly preview: boolean;
  readonly baseUrl: string | undefined;
  readonly failOnErrors: boolean;
  readonly copyAssets: boolean;
  readonly onPublish: ((site: PublishedSite) => void) | undefined;
  readonly cache: string | undefined;
  readonly partial: PartialBuild | undefined;
  readonly published: PublishedSite | undefined;
  readonly releaseFiles: ReleaseFiles | undefined;
  readonly onReleaseFiles: ((written: ReleaseFilesWritten) => void) | undefined;
  readonly onReleaseFilesStarted: ((started: ReleaseFilesStarted) => void) | undefined;
  readonly onAssetsCopied: ((copied: number) => void) | undefined;
}

const known = new Set([
  'content',
  'room',
  'now',
  'preview',
  'baseUrl',
  'failOnErrors',
  'copyAssets',
  'onPublish',
  'cache',
  'partial',
  'published',
  'releaseFiles',
  'onReleaseFiles',
  'onReleaseFilesStarted',
  'onAssetsCopied',
]);

/** Copies the caller's options into a new object with defaults, rejecting anything it cannot use. */
export function resolveOptions(given: unknown): ResolvedOptions {
  if (given !== undefined && (given === null || typeof given !== 'object' || Array.isArray(given))) {
    throw optionError('options', 'an object such as `{ content: "content" }`', given);
  }
  const options = { ...(given as Record<string, unknown> | undefined) };
  for (const key of Object.keys(options)) {
    if (!known.has(key)) {
      throw new CommuniquePluginError(
        `Unexpected option \`${key}\` for ${pluginName}, expected one of ${[...known].map((k) => `\`${k}\``).join(', ')}: remove it or fix its name`,
      );
    }
  }
  const {
    content,
    room,
    now,
    preview,
    baseUrl,
    failOnErrors,
    copyAssets,
    onPublish,
    cache,
    partial,
    published,
    releaseFiles,
    onReleaseFiles,
    onReleaseFilesStarted,
    onAssetsCopied,
  } = options;
  if (content !== undefined && (typeof content !== 'string' || content.trim() === '')) {
    throw optionError('content', 'the path of the content folder, such as `"content"`', content);
  }
  if (room !== undefined && !isPressRoom(room)) {
    throw optionError('room', 'a press room from `loadPressRoom()` of @communique/core', room);
  }
  if (content === undefined && room === undefined) {
    throw new CommuniquePluginError(
      `Missing option \`content\` for ${pluginName}: pass the content folder, such as \`addPlugin(communique, { content: 'content' })\``,
    );
  }
  if (now !== undefined && !(now instanceof Date && !Number.isNaN(now.getTime()))) {
    throw optionError(
      'now',
      'a valid `Date`, such as `new Date("2026-03-01T09:00:00Z")`, or nothing for the clock',
      now,
    );
  }
  if (baseUrl !== undefined && !isHttpUrl(baseUrl)) {
    throw optionError('baseUrl', 'an absolute http(s) URL such as `"https://press.example.org"`', baseUrl);
  }
  if (cache !== undefined && (typeof cache !== 'string' || cache.trim() === '')) {
    throw optionError(
      'cache',
      'the path of a folder for the content cache, such as `".communique-cache"`',
      cache,
    );
  }
  if (partial !== undefined && !isPartialBuild(partial)) {
    throw optionError(
      'partial',
      "`{ part: 'release-pages' | 'site-pages', releases: Set<string> }`, or nothing for a whole build",
      partial,
    );
  }
  if (published !== undefined && !(published instanceof PublishedSite)) {
    throw optionError('published', 'a `PublishedSite` from `onPublish` or `publishForBuild`', published);
  }
  if (onPublish !== undefined && typeof onPublish !== 'function') {
    throw optionError('onPublish', 'a function `(site) => void`', onPublish);
  }
  if (releaseFiles !== undefined && !isReleaseFiles(releaseFiles)) {
    throw optionError(
      'releaseFiles',
      '`{ version: string, files: [{ url: (page) => string, render: (data) => string }] }`',
      releaseFiles,
    );
  }
  if (onReleaseFiles !== undefined && typeof onReleaseFiles !== 'function') {
    throw optionError('onReleaseFiles', 'a function `(written) => void`', onReleaseFiles);
  }
  if (onReleaseFilesStarted !== undefined && typeof onReleaseFilesStarted !== 'function') {
    throw optionError('onReleaseFilesStarted', 'a function `(started) => void`', onReleaseFilesStarted);
  }
  if (onAssetsCopied !== undefined && typeof onAssetsCopied !== 'function') {
    throw optionError('onAssetsCopied', 'a function `(copied) => void`', onAssetsCopied);
  }
  return {
    content: content as string | undefined,
    room: room as PressRoom | undefined,
    now: now as Date | undefined,
    preview: booleanOption('preview', preview, false),
    baseUrl: baseUrl as string | undefined,
    failOnErrors: booleanOption('failOnErrors', failOnErrors, true),
    copyAssets: booleanOption('copyAssets', copyAssets, true),
    onPublish: onPublish as ((site: PublishedSite) => void) | undefined,
    cache: cache as string | undefined,
    partial: partial as PartialBuild | undefined,
    published: published as PublishedSite | undefined,
    releaseFiles: releaseFiles as ReleaseFiles | undefined,
    onReleaseFiles: onReleaseFiles as ((written: ReleaseFilesWritten) => void) | undefined,
    onReleaseFilesStarted: onReleaseFilesStarted as ((started: ReleaseFilesStarted) => void) | undefined,
    onAssetsCopied: onAssetsCopied as ((copied: number) => void) | undefined,
  };
}

function booleanOption(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw optionError(name, '`true` or `false`', value);
  return value;
}

function optionError(name: string, expected: string, value: unknown): CommuniquePluginError {
  return new CommuniquePluginError(
    `Unexpected value for the \`${name}\` option of ${pluginName} (current value: \`${describe(value)}\`), expected ${expected}`,
  );
}

function describe(value: unknown): string {
  if (value instanceof Date) return `Invalid Date`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function isPartialBuild(value: unknown): value is PartialBuild {
  if (typeof value !== 'object' || value === null) return false;
  const { part, releases } = value as Record<string, unknown>;
  return (part === 'release-pages' || part === 'site-pages') && releases instanceof Set;
}

function isReleaseFiles(value: unknown): value is ReleaseFiles {
  if (typeof value !== 'object' || value === null) return false;
  const { version, files } = value as Record<string, unknown>;
  return (
    typeof version === 'string' &&
    version !== '' &&
    Array.isArray(files) &&
    files.length > 0 &&
    files.every(
      (file: unknown) =>
        typeof file === 'object' &&
        file !== null &&
        typeof (file as Record<string, unknown>).url === 'function' &&
        typeof (file as Record<string, unknown>).render === 'function',
    )
  );
}

function isPressRoom(value: unknown): value is PressRoom {
  return (
    typeof value === 'object' &&
    value !== null &&
    'releases' in value &&
    Array.isArray((value as PressRoom).releases) &&
    'people' in value &&
    'organisations' in value
  );
}
