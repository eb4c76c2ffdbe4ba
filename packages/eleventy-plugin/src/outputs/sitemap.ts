import type { PublishedSite } from '../model/site.ts';
import type { Alternate, ReleasePage } from '../model/types.ts';
import { lastModified, rfc3339 } from './instants.ts';

export interface SitemapUrl {
  readonly loc: string;
  /** RFC 3339 (a W3C Datetime), when known. */
  readonly lastmod: string | undefined;
  /** Every version of the page, itself included, then `x-default`. */
  readonly alternates: readonly Alternate[];
}

/**
 * The sitemap's entries: the language chooser, each language's listing, the topic, organisation
 * and year listings, and every published release version, each with the hreflang alternates its
 * page has. `lastmod` is the latest change of what a page lists or shows.
 */
export function sitemapUrls(site: PublishedSite): SitemapUrl[] {
  const listingAlternates: Alternate[] = [
    ...site.languages.map((language) => ({ hreflang: language.lang, href: language.absoluteUrl })),
    { hreflang: 'x-default', href: `${site.baseUrl}/` },
  ];
  const newest = (pages: readonly ReleasePage[]) => {
    const times = pages.map((page) => lastModified(page));
    const latest = times.reduce<(typeof times)[number] | undefined>(
      (max, time) => (max && max.epochMilliseconds >= time.epochMilliseconds ? max : time),
      undefined,
    );
    return latest && rfc3339(latest);
  };
  return [
    { loc: `${site.baseUrl}/`, lastmod: newest(site.pages), alternates: listingAlternates },
    ...site.languages.map((language) => ({
      loc: language.absoluteUrl,
      lastmod: newest(language.releases),
      alternates: listingAlternates,
    })),
    ...site.listings.all.map((listing) => ({
      loc: listing.absoluteUrl,
      lastmod: newest([...listing.releases, ...listing.elsewhere]),
      alternates: listing.alternates,
    })),
    ...site.pages
      .filter((page) => !page.preview)
      .map((page) => ({
        loc: page.absoluteUrl,
        lastmod: rfc3339(lastModified(page)),
        alternates: page.alternates,
      })),
  ];
}

/** `/sitemap.xml` (sitemaps.org 0.9 with `xhtml:link` alternates, as search engines read hreflang). */
export function sitemapXml(site: PublishedSite): string {
  const urls = sitemapUrls(site).map((url) =>
    [
      '  <url>',
      `    <loc>${xml(url.loc)}</loc>`,
      ...(url.lastmod ? [`    <lastmod>${xml(url.lastmod)}</lastmod>`] : []),
      ...url.alternates.map(
        (alternate) =>
          `    <xhtml:link rel="alternate" hreflang="${xml(alternate.hreflang)}" href="${xml(alternate.href)}"/>`,
      ),
      '  </url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** URLs, language tags and dates only: escaped all the same. */
function xml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
