import { type PublishedSite, type SitemapFile, sitemapFiles } from '@communique/eleventy-plugin';

/**
 * `/sitemap.xml`: the chooser, every listing and every release version with hreflang alternates;
 * past 10,000 URLs, a sitemap index of `/sitemap-<n>.xml` files.
 */
export const data = {
  pagination: {
    // Any array: `before` replaces it with the sitemap's files, made from the whole model.
    data: 'communique.languages',
    size: 1,
    alias: 'sitemap',
    before: (_: unknown, data: { communique: PublishedSite }) => sitemapFiles(data.communique),
    addAllPagesToCollections: false,
  },
  permalink: ({ sitemap }: { sitemap: SitemapFile }) => sitemap.path,
  eleventyExcludeFromCollections: true,
};

export default function render({ sitemap }: { sitemap: SitemapFile }): string {
  return sitemap.xml;
}
