import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { hashOf } from '@communique/core';
import { pluginCodeVersion } from '../code-version.ts';
import { CommuniquePluginError, pluginName } from '../errors.ts';
import { PublishedPage } from '../model/release-page.ts';
import type { PublishedSite } from '../model/site.ts';
import type { ReleasePage } from '../model/types.ts';
import { LaidOutStore } from './laid-out-store.ts';

/** What a release file's renderer receives: the same data a template paginating over pages would. */
export interface ReleaseFileData {
  readonly communique: PublishedSite;
  readonly release: ReleasePage;
}

/** One file the plugin writes for every published release page (the page itself, its ninjs…). */
export interface ReleaseFile {
  /** The file's URL for a page; one ending in `/` is written as that folder's `index.html`, as Eleventy does. */
  readonly url: (page: ReleasePage) => string;
  readonly render: (data: ReleaseFileData) => string;
}

/**
 * The plugin's `releaseFiles` option: the files written for every release page, outside
 * Eleventy's pagination, through the content cache when there is one.
 */
export interface ReleaseFiles {
  /**
   * A digest of everything the renderers read besides their data (the templates' source code),
   * part of every cache key: change it whenever a renderer may render differently.
   */
  readonly version: string;
  readonly files: readonly ReleaseFile[];
}

/** What `writeReleaseFiles` wrote. */
export interface ReleaseFilesWritten {
  /** Release pages written (each with all its files). */
  readonly pages: number;
  /** Files written, of which `html` are HTML. */
  readonly files: number;
  readonly html: number;
  /** Pages whose files came from the content cache instead of being rendered. */
  readonly fromCache: number;
  /** Where each file went, relative to the output folder. */
  readonly paths: readonly string[];
  /**
   * With a cache: a digest of every file written (its path and its content key), which changes
   * whenever a written file may have. A search index of these pages can be keyed by it.
   */
  readonly digest: string | undefined;
  /**
   * With a cache: the same digest for each first path segment alone (`en`, `fr`: the language
   * folders), so that a search index can be kept per language and keyed by its pages only.
   */
  readonly digests: Readonly<Record<string, string>> | undefined;
}

export interface WriteReleaseFilesOptions {
  /** The content cache folder: laid-out files of earlier builds, by everything they show. */
  readonly cache?: string | undefined;
  /** Only the pages of these releases (a partial build); default every page. */
  readonly releases?: ReadonlySet<string> | undefined;
  /** Files Eleventy wrote (absolute): a release file at one of them is a conflict, not an overwrite. */
  readonly taken?: ReadonlySet<string> | undefined;
}

/**
 * Writes every file of `spec` for every published page of `site` into `outDir`. A page's files
 * are cached together under a key covering the renderers' version, the plugin's code, what the
 * whole site publishes (`site.cacheDigest`: site.yaml, registries, the core's code, which pages
 * exist where) and the page itself: its fields, rendered body and key figures.
 */
export function writeReleaseFiles(
  site: PublishedSite,
  outDir: string,
  spec: ReleaseFiles,
  options: WriteReleaseFilesOptions = {},
): ReleaseFilesWritten {
  const root = resolve(outDir);
  // A partial site's pages are right, but what it would key them by is not the whole site's.
  const store =
    options.cache === undefined || site.partial ? undefined : new LaidOutStore(resolve(options.cache));
  const base = hashOf('release-files', spec.version, pluginCodeVersion, site.cacheDigest);
  const folders = new Set<string>();
  const paths: string[] = [];
  let pages = 0;
  let html = 0;
  let fromCache = 0;
  const digest = store && createHash('sha256');
  const digests = new Map<string, Hash>();
  for (const page of site.pages) {
    if (options.releases && !options.releases.has(page.releaseId)) continue;
    const targets = spec.files.map((file) => targetOf(root, file.url(page), page));
    for (const target of targets) {
      if (options.taken?.has(target)) {
        throw new CommuniquePluginError(
          `${pluginName}: \`${target.slice(root.length)}\` is written both by a template and for release page ${page.url}: change the template's permalink`,
        );
      }
    }
    for (const target of targets) {
      const folder = dirname(target);
      if (!folders.has(folder)) {
        makeFolder(folder);
        folders.add(folder);
      }
    }
    // The body's cache key stands for the body and figures: a hit reads neither.
    const bodyKey = page instanceof PublishedPage ? page.bodyKey : undefined;
    const key =
      store &&
      (bodyKey === undefined ? hashOf(base, page, page.body, page.figures) : hashOf(base, page, bodyKey));
    const used = key === undefined ? undefined : store?.copy(key, targets);
    if (used) {
      fromCache++;
      site.noteAssets(page.releaseId, used);
    } else {
      const texts = spec.files.map((file) => file.render({ communique: site, release: page }));
      targets.forEach((target, index) => {
        writeFileSync(target, texts[index]!);
      });
      const assets = page instanceof PublishedPage ? page.bodyAssets : undefined;
      // Without the files its body uses, an entry could not publish them on a hit.
      if (key !== undefined && assets) store?.store(key, texts, assets);
    }
    for (const target of targets) {
      const path = target.slice(root.length + 1);
      paths.push(path);
      digest?.update(`${path}\0${key}\0`);
      if (store) digestOf(digests, path.split(sep, 1)[0]!).update(`${path}\0${key}\0`);
      if (target.endsWith('.html')) html++;
    }
    pages++;
  }
  return {
    pages,
    files: paths.length,
    html,
    fromCache,
    paths,
    digest: digest?.digest('hex'),
    digests:
      store && Object.fromEntries([...digests].map(([segment, hash]) => [segment, hash.digest('hex')])),
  };
}

/** The running digest of one first path segment's files. */
function digestOf(digests: Map<string, Hash>, segment: string): Hash {
  let hash = digests.get(segment);
  if (!hash) {
    hash = createHash('sha256');
    digests.set(segment, hash);
  }
  return hash;
}

/** The file a URL names inside `root`; never a path outside it. */
function targetOf(root: string, url: string, page: ReleasePage): string {
  const path = url.endsWith('/') ? `${url}index.html` : url;
  const target = resolve(root, `.${path.startsWith('/') ? '' : '/'}${path}`);
  if (!path.startsWith('/') || !target.startsWith(root + sep) || path.split('/').includes('..')) {
    throw new CommuniquePluginError(
      `${pluginName}: the URL \`${url}\` of a file of release page ${page.url} is not a path inside the output folder`,
    );
  }
  return target;
}

/** Makes a folder whose parent usually exists already (one call instead of a walk up). */
function makeFolder(folder: string): void {
  try {
    mkdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') mkdirSync(folder, { recursive: true });
    else if (code !== 'EEXIST') throw error;
  }
}
