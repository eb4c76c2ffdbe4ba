import { relative } from 'node:path';
import { Eleventy } from '@11ty/eleventy';
import type { PublishedSite } from '@communique/eleventy-plugin';
import { configureSite, type SiteOptions } from './eleventy.config.ts';
import { writeSearchIndex } from './lib/search-index.ts';

export { publishForBuild } from '@communique/eleventy-plugin';
export { refreshSearchIndex, type SearchIndexResult } from './lib/search-index.ts';

export interface BuildResult {
  /** HTML pages written. */
  readonly pages: number;
  /** The instant after the build's `now` at which a rebuild would publish something. */
  readonly nextPublication: Date | undefined;
}

/** Builds the site into `outDir` with Eleventy, in this process. Eleventy's own logging is off. */
export async function buildSite(options: SiteOptions & { readonly outDir: string }): Promise<BuildResult> {
  const { outDir, ...siteOptions } = options;
  let published: PublishedSite | undefined;
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
    }),
  });
  eleventy.disableLogger();
  const [, templates] = await eleventy.write();
  // A partial build (serve, after an edit) leaves the search index as it is: indexing every page
  // again would cost more than the rebuild itself. Serve refreshes it afterwards, in the background.
  if (!siteOptions.partial) await writeSearchIndex(outDir);
  const pages = templates.filter(
    (page) => typeof page.outputPath === 'string' && page.outputPath.endsWith('.html'),
  );
  return { pages: pages.length, nextPublication: published?.nextPublication };
}
