import { createHash, type Hash } from 'node:crypto';
import { resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { hashOf, noteCacheUse } from '@communique/core';
import { pluginCodeVersion } from '../code-version.ts';
import { CommuniquePluginError, pluginName } from '../errors.ts';
import { PublishedPage } from '../model/release-page.ts';
import type { ReleaseSiteView } from '../model/release-site-view.ts';
import type { PublishedSite } from '../model/site.ts';
import type { ReleasePage } from '../model/types.ts';
import { LaidOutStore } from './laid-out-store.ts';
import { FolderMaker, writeReplacing } from './place-file.ts';
import { lastBatch, type PlaceReply, type PlaceRequest, type PlaceWorkerData } from './place-in-worker.ts';
import { SitePageCache, siteBase } from './site-page-cache.ts';

/** What a release file's renderer receives: the page, and what a release page may show of the site. */
export interface ReleaseFileData {
  /** What a release page may show of the site: nothing of other releases (see `ReleaseSiteView`). */
  readonly communique: ReleaseSiteView;
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

/** Release files being placed while Eleventy writes its templates (a build with a cache). */
export interface ReleaseFilesStarted {
  /**
   * What will have been written once they are placed (every page is written: from the cache or
   * laid out), known before any is: the digests can key a search index of the pages already.
   */
  readonly planned: Omit<ReleaseFilesWritten, 'fromCache'>;
  /** Resolves once every page is written, with what was; rejects if one could not be. */
  readonly placed: Promise<ReleaseFilesWritten>;
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
 * site shows on every release page (`site.releaseViews`: site.yaml, the registries, the core's code,
 * the languages and listings; nothing of other releases) and the page itself: its fields, its
 * rendered body and key figures (the body's key covers where its links to other releases lead).
 */
export function writeReleaseFiles(
  site: PublishedSite,
  outDir: string,
  spec: ReleaseFiles,
  options: WriteReleaseFilesOptions = {},
): ReleaseFilesWritten {
  const plan = new ReleaseFilesPlan(site, outDir, spec, options);
  for (const item of plan.items()) {
    plan.refuseTaken(item, options.taken);
    for (const target of item.targets) plan.makeFolderOf(target);
    const used = item.key === undefined ? undefined : plan.store?.place(item.key, item.targets);
    if (used) plan.noteHit(item, used);
    else plan.layOut(item);
  }
  return plan.report();
}

/**
 * Lays out the pages of some releases into the content cache only, where `writeReleaseFiles` and
 * `startReleaseFiles` then find them: a build lays pages out while their bodies are at hand
 * (right after checking them), possibly in another thread. Pages the cache holds are skipped.
 * Returns how many pages it laid out.
 */
export function layOutAhead(
  site: PublishedSite,
  spec: ReleaseFiles,
  options: { readonly cache: string; readonly releases: ReadonlySet<string> },
): number {
  // The targets are not written here; the cache folder stands in for the output folder.
  const plan = new ReleaseFilesPlan(site, options.cache, spec, options);
  let laidOut = 0;
  for (const item of plan.items()) {
    if (item.key === undefined || plan.store?.has(item.key)) continue;
    if (plan.storeAhead(item)) laidOut++;
  }
  return laidOut;
}

/**
 * Starts writing the release files of `site` while Eleventy renders its templates: the pages
 * the cache holds are placed by a worker thread, on another core. `placed` resolves once every
 * page is written: it waits for the worker, then lays out the pages the cache did not have, as
 * `writeReleaseFiles` would have. `finish` then refuses a page at a URL a template wrote
 * (`taken`). Should the worker fail, the main thread places every page itself: the result is
 * the same.
 */
export function startReleaseFiles(
  site: PublishedSite,
  outDir: string,
  spec: ReleaseFiles,
  options: Omit<WriteReleaseFilesOptions, 'taken'> & {
    readonly cache: string;
    /** The worker's entry module (tests give one that fails). */
    readonly worker?: URL;
  },
): ReleaseFilesStarted & { readonly finish: (taken?: ReadonlySet<string>) => Promise<ReleaseFilesWritten> } {
  const plan = new ReleaseFilesPlan(site, outDir, spec, options);
  const items: PlannedPage[] = [];
  const placedIn = new Map<number, readonly string[] | null>();
  const worker = new Worker(options.worker ?? new URL('./place-worker.mjs', import.meta.url), {
    workerData: { cache: resolve(options.cache) } satisfies PlaceWorkerData,
  });
  const answered = new Promise<void>((resolvePromise, reject) => {
    worker.on('message', (reply: PlaceReply | typeof lastBatch) => {
      if (reply === lastBatch) resolvePromise();
      else for (const [id, assets] of reply.placed) placedIn.set(id, assets);
    });
    worker.on('error', reject);
    worker.on('exit', () => reject(new Error('the worker left before placing every page')));
  });
  // Each batch goes as soon as its pages are keyed: the worker places the first while this
  // thread keys the next (keying 50,000 pages takes about a second).
  let batch: [number, string, readonly string[]][] = [];
  try {
    for (const item of plan.items()) {
      if (item.key !== undefined) batch.push([items.length, item.key, item.targets]);
      items.push(item);
      if (items.length % batchSize === 0) {
        worker.postMessage({ items: batch } satisfies PlaceRequest);
        batch = [];
      }
    }
  } catch (error) {
    void worker.terminate();
    throw error;
  }
  worker.postMessage({ items: batch } satisfies PlaceRequest);
  const keys = new Map(items.map((item) => [item.page, item.key]));
  site.useSitePageCache(
    new SitePageCache(options.cache, siteBase(site, hashOf(plan.base, site.cacheDigest)), (page) =>
      keys.get(page),
    ),
  );
  worker.postMessage(lastBatch);
  // Every planned page is written (from the cache or laid out), in this order: what was written
  // is what was planned, but for how many came from the cache.
  const { fromCache: _unknownYet, ...planned } = plan.report(items);
  const placed = answered
    .then(
      () => true,
      () => false,
    )
    .then((inWorker) => {
      void worker.terminate();
      items.forEach((item, index) => {
        let used = inWorker ? placedIn.get(index) : undefined;
        if (!used) {
          // The worker made the folders of the pages it placed; these may not have one yet.
          for (const target of item.targets) plan.makeFolderOf(target);
          if (!inWorker && item.key !== undefined) used = plan.store?.place(item.key, item.targets);
        }
        if (used) plan.noteHit(item, used);
        else plan.layOut(item);
      });
      return { ...planned, fromCache: plan.fromCache };
    });
  // Awaited by `finish`; a build that fails first must not also report this as unhandled.
  placed.catch(() => {});
  return {
    planned,
    placed,
    async finish(taken) {
      const written = await placed;
      for (const item of items) {
        try {
          plan.refuseTaken(item, taken);
        } catch (error) {
          // The template may have written through the shared file: the entry cannot be trusted.
          if (item.key !== undefined) plan.store?.forget(item.key);
          throw error;
        }
      }
      return written;
    },
  };
}

/** Pages per message to the worker. */
const batchSize = 500;

/** One release page to write: where its files go and, with a cache, its key. */
interface PlannedPage {
  readonly page: ReleasePage;
  readonly targets: readonly string[];
  readonly key: string | undefined;
}

/** What writing one site's release files needs and counts. */
class ReleaseFilesPlan {
  readonly root: string;
  readonly store: LaidOutStore | undefined;
  readonly #site: PublishedSite;
  readonly #spec: ReleaseFiles;
  readonly #releases: ReadonlySet<string> | undefined;
  /** What every page's key starts from: the templates' and plugin's code and `site.releaseViews`. */
  readonly base: string;
  /** Digests of values pages share, by object: published values are not changed once made. */
  readonly #digests = new WeakMap<object, string>();
  readonly #folders = new FolderMaker();
  readonly #written: PlannedPage[] = [];
  #fromCache = 0;

  /** Pages whose files came from the cache so far. */
  get fromCache(): number {
    return this.#fromCache;
  }

  constructor(site: PublishedSite, outDir: string, spec: ReleaseFiles, options: WriteReleaseFilesOptions) {
    this.root = resolve(outDir);
    this.#site = site;
    this.#spec = spec;
    this.#releases = options.releases;
    // A partial site's pages are right, but what it would key them by is not the whole site's.
    this.store =
      options.cache === undefined || site.partial ? undefined : new LaidOutStore(resolve(options.cache));
    this.base = hashOf('release-files', spec.version, pluginCodeVersion, site.releaseViews.digest);
  }

  *items(): Generator<PlannedPage> {
    for (const page of this.#site.pages) {
      if (this.#releases && !this.#releases.has(page.releaseId)) continue;
      const targets = this.#spec.files.map((file) => targetOf(this.root, file.url(page), page));
      yield { page, targets, key: this.store && this.#keyOf(page) };
    }
  }

  /**
   * A hash of the page's data. The body's cache key stands for the body and figures: a hit reads
   * neither. Values many pages share (a release's alternates and languages, a person's contact
   * card, an organisation's note) stand as a digest of their JSON made once: at 50,000 pages the
   * page's JSON was most of the time the keys took.
   */
  #keyOf(page: ReleasePage): string {
    const data = {
      ...page,
      alternates: this.#digestOf(page.alternates),
      languages: this.#digestOf(page.languages),
      contacts: page.contacts.map((card) => this.#digestOf(card)),
      organisations: page.organisations.map((note) => this.#digestOf(note)),
      listings: this.#site.releaseViews.listingsOf(page),
    };
    const bodyKey = page instanceof PublishedPage ? page.bodyKey : undefined;
    const key =
      bodyKey === undefined
        ? hashOf(this.base, data, page.body, page.figures)
        : hashOf(this.base, data, bodyKey);
    noteCacheUse('release-files', key);
    return key;
  }

  #digestOf(value: object): string {
    let digest = this.#digests.get(value);
    if (digest === undefined) {
      digest = hashOf(value);
      this.#digests.set(value, digest);
    }
    return digest;
  }

  refuseTaken(item: PlannedPage, taken: ReadonlySet<string> | undefined): void {
    for (const target of item.targets) {
      if (taken?.has(target)) {
        throw new CommuniquePluginError(
          `${pluginName}: \`${target.slice(this.root.length)}\` is written both by a template and for release page ${item.page.url}: change the template's permalink`,
        );
      }
    }
  }

  makeFolderOf(target: string): void {
    this.#folders.folderOf(target);
  }

  noteHit(item: PlannedPage, used: readonly string[]): void {
    this.#fromCache++;
    this.#site.noteAssets(item.page.releaseId, used);
    this.#written.push(item);
  }

  /** Renders a page's files, writes them and stores them in the cache. */
  layOut(item: PlannedPage): void {
    const { page, targets, key } = item;
    const texts = this.#render(page);
    targets.forEach((target, index) => {
      writeReplacing(target, texts[index]!);
    });
    const assets = page instanceof PublishedPage ? page.bodyAssets : undefined;
    // Without the files its body uses, an entry could not publish them on a hit.
    if (key !== undefined && assets)
      this.store?.store(
        key,
        targets,
        texts.map((text) => Buffer.byteLength(text)),
        assets,
      );
    this.#written.push(item);
  }

  /** The texts of a page's files, in the order of `spec.files`. */
  #render(page: ReleasePage): string[] {
    const view = this.#site.releaseViews.forPage(page);
    return this.#spec.files.map((file) => file.render({ communique: view, release: page }));
  }

  /** Renders a page's files into the cache only; false when its body's files are not known. */
  storeAhead(item: PlannedPage): boolean {
    const { page, key } = item;
    const assets = page instanceof PublishedPage ? page.bodyAssets : undefined;
    if (key === undefined || !assets) return false;
    this.store?.storeTexts(key, this.#render(page), assets);
    return true;
  }

  /** What was written: the pages noted so far, or `written` (the pages planned, all to be written). */
  report(written: readonly PlannedPage[] = this.#written): ReleaseFilesWritten {
    const digest = this.store && createHash('sha256');
    const digests = new Map<string, Hash>();
    const paths: string[] = [];
    let html = 0;
    for (const { targets, key } of written) {
      for (const target of targets) {
        const path = target.slice(this.root.length + 1);
        paths.push(path);
        digest?.update(`${path}\0${key}\0`);
        if (this.store) digestOf(digests, path.split(sep, 1)[0]!).update(`${path}\0${key}\0`);
        if (target.endsWith('.html')) html++;
      }
    }
    return {
      pages: written.length,
      files: paths.length,
      html,
      fromCache: this.#fromCache,
      paths,
      digest: digest?.digest('hex'),
      digests:
        this.store &&
        Object.fromEntries([...digests].map(([segment, hash]) => [segment, hash.digest('hex')])),
    };
  }
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
