import { resolve } from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import { checkPressRoom, type Diagnostic, loadPressRoom, type PressRoom } from '@communique/core';
import { copyReleaseAssets } from './assets.ts';
import { CommuniquePluginError, pluginName } from './errors.ts';
import { addFilters } from './filters.ts';
import type { PublishedSite } from './model/site.ts';
import { type CommuniqueOptions, resolveOptions } from './options.ts';
import { type ReleaseFilesWritten, startReleaseFiles, writeReleaseFiles } from './outputs/release-files.ts';
import { publishForBuild } from './publish-for-build.ts';

/** Global data key the published model is exposed under. */
export const dataKey = 'communique';

/**
 * The Eleventy plugin: loads the press room once per build (again on each watch rebuild),
 * publishes it as the global data `communique`, adds filters and copies the files published
 * releases use. Pages come from the site's templates, paginating over `communique.pages`, or
 * from the site's `releaseFiles`, which the plugin writes itself after Eleventy's templates.
 */
export function communique(eleventyConfig: UserConfig, options?: CommuniqueOptions): void {
  eleventyConfig.versionCheck('>=3.0');
  const settings = resolveOptions(options);
  let preloaded = settings.room;
  let current: PublishedSite | undefined;

  const publish = (): PublishedSite => {
    if (settings.published) {
      current = settings.published;
      settings.onPublish?.(current);
      return current;
    }
    const room = preloaded ?? loadPressRoom(resolve(settings.content!));
    // A given room serves the first build; watch rebuilds read the content again.
    preloaded = undefined;
    if (settings.failOnErrors) refuseErrors(room);
    current = publishForBuild(room, {
      now: settings.now ?? new Date(),
      preview: settings.preview,
      baseUrl: settings.baseUrl,
      cache: settings.cache,
    });
    settings.onPublish?.(current);
    return current;
  };
  const site = (): PublishedSite => current ?? publish();

  const releaseFiles = settings.releaseFiles;
  // With a cache, the release pages it holds are placed (by a worker thread) while Eleventy
  // renders its templates.
  let started: { readonly finish: (taken: ReadonlySet<string>) => Promise<ReleaseFilesWritten> } | undefined;
  eleventyConfig.on('eleventy.before', ({ directories, outputMode }) => {
    const site = publish();
    started = undefined;
    if (releaseFiles && settings.cache !== undefined && !settings.partial && outputMode === 'fs') {
      const placing = startReleaseFiles(site, directories.output, releaseFiles, { cache: settings.cache });
      started = placing;
      settings.onReleaseFilesStarted?.({ planned: placing.planned, placed: placing.placed });
    }
  });
  const partial = settings.partial;
  if (partial) {
    const releasePages = partial.part === 'release-pages';
    eleventyConfig.addPreprocessor('communique-partial', '*', (data: unknown) =>
      paginatesOverPages(data) === releasePages ? undefined : false,
    );
    eleventyConfig.addGlobalData(dataKey, () =>
      releasePages ? withPagesOf(site(), partial.releases) : site(),
    );
  } else {
    eleventyConfig.addGlobalData(dataKey, () => site());
  }
  if (settings.content !== undefined) eleventyConfig.addWatchTarget(settings.content);
  addFilters(eleventyConfig, site);
  // One listener, so that the files to copy are known: the release pages note those their
  // bodies use as they are written.
  eleventyConfig.on('eleventy.after', async ({ directories, outputMode, results }) => {
    const placing = started;
    started = undefined;
    if (outputMode !== 'fs' || !current) return;
    if (releaseFiles && partial?.part !== 'site-pages') {
      const taken = new Set(
        (results ?? []).flatMap((result) =>
          typeof result.outputPath === 'string' ? [resolve(result.outputPath)] : [],
        ),
      );
      const written = placing
        ? await placing.finish(taken)
        : writeReleaseFiles(current, directories.output, releaseFiles, {
            cache: settings.cache,
            releases: partial?.releases,
            taken,
          });
      settings.onReleaseFiles?.(written);
    }
    if (settings.copyAssets) {
      // Not inside `onAssetsCopied?.(…)`: with no callback, its argument would never be evaluated.
      const copied = copyReleaseAssets(current, resolve(directories.output));
      settings.onAssetsCopied?.(copied);
    }
  });
}

Object.defineProperty(communique, 'eleventyPackage', { value: '@communique/eleventy-plugin' });
Object.defineProperty(communique, 'eleventyPluginOptions', { value: { unique: true } });

/** Whether a template makes one file per release page (paginates over `communique.pages`). */
function paginatesOverPages(data: unknown): boolean {
  const pagination = (data as { pagination?: { data?: unknown } } | undefined)?.pagination;
  return pagination?.data === `${dataKey}.pages`;
}

/** The published site with `pages` narrowed to some releases' (methods still see the whole site). */
function withPagesOf(site: PublishedSite, releases: ReadonlySet<string>): PublishedSite {
  const pages = site.pages.filter((page) => releases.has(page.releaseId));
  return new Proxy(site, {
    get(target, property) {
      if (property === 'pages') return pages;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const shown = 10;

function refuseErrors(room: PressRoom): void {
  const errors = checkPressRoom(room).filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  const list = errors.slice(0, shown).map(describe).join('\n');
  const more = errors.length > shown ? `\n  … and ${errors.length - shown} more` : '';
  throw new CommuniquePluginError(
    `${pluginName} refuses to publish \`${room.root}\`: it has ${errors.length} error${errors.length === 1 ? '' : 's'} (run \`communique check\` for all of them, or set \`failOnErrors: false\` to build anyway)\n${list}${more}`,
  );
}

function describe(d: Diagnostic): string {
  return `  ${d.file}:${d.line}:${d.column}  ${d.message}  (${d.rule})`;
}
