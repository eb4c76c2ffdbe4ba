import { sitemapPath, sitemapXml } from '@communique/eleventy-plugin';
import type { SiteData } from '../lib/data.ts';

/** `/sitemap.xml`: the chooser, every listing and every release version, with hreflang alternates. */
export const data = { permalink: sitemapPath, eleventyExcludeFromCollections: true };

export default function render({ communique }: SiteData): string {
  return sitemapXml(communique);
}
