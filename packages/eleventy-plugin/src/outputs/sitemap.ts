import type { PublishedSite } from '../model/site.ts';
import type { Alternate, ReleasePage } from '../model/types.ts';
import { absolute, sitemapPath } from '../model/urls.ts';
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

/**
 * URLs per sitemap file. The protocol allows 50,000 URLs and 50 MB per file; with a dozen
 * languages each entry carries a dozen alternates (about 1.5 kB), so 10,000 keeps a file near 15 MB.
 */
export const sitemapUrlLimit = 10_000;

export interface SitemapFile {
  /** Root-relative path: `/sitemap.xml`, then `/sitemap-2.xml`, … */
  readonly path: string;
  readonly xml: string;
}

/**
 * The sitemap: one `/sitemap.xml` while the site has at most `limit` URLs; beyond, `/sitemap.xml`
 * is a sitemap index of `/sitemap-1.xml`, `/sitemap-2.xml`, … (what search engines are given
 * stays `/sitemap.xml` either way).
 */
export function sitemapFiles(site: PublishedSite, limit = sitemapUrlLimit): SitemapFile[] {
  const urls = sitemapUrls(site);
  if (urls.length <= limit) return [{ path: sitemapPath, xml: urlset(urls) }];
  const parts: SitemapFile[] = [];
  for (let start = 0; start < urls.length; start += limit) {
    parts.push({ path: `/sitemap-${parts.length + 1}.xml`, xml: urlset(urls.slice(start, start + limit)) });
  }
  const lastmods = (start: number) =>
    urls
      .slice(start, start + limit)
      .flatMap((url) => (url.lastmod ? [url.lastmod] : []))
      .reduce<string | undefined>(
        (max, lastmod) => (max && Date.parse(max) >= Date.parse(lastmod) ? max : lastmod),
        undefined,
      );
  const index = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map((part, n) => {
      const lastmod = lastmods(n * limit);
      return [
        '  <sitemap>',
        `    <loc>${xml(absolute(site.baseUrl, part.path))}</loc>`,
        ...(lastmod ? [`    <lastmod>${xml(lastmod)}</lastmod>`] : []),
        '  </sitemap>',
      ].join('\n');
    }),
    '</sitemapindex>',
    '',
  ].join('\n');
  return [{ path: sitemapPath, xml: index }, ...parts];
}

/** A single `/sitemap.xml` (sitemaps.org 0.9 with `xhtml:link` alternates), whatever the size. */
export function sitemapXml(site: PublishedSite): string {
  return urlset(sitemapUrls(site));
}

function urlset(list: readonly SitemapUrl[]): string {
  // A release's versions share one list of alternates: its lines are made once, not per version.
  const alternateLines = new Map<readonly Alternate[], string>();
  const linesOf = (alternates: readonly Alternate[]) => {
    let lines = alternateLines.get(alternates);
    if (lines === undefined) {
      lines = alternates
        .map(
          (alternate) =>
            `\n    <xhtml:link rel="alternate" hreflang="${xml(alternate.hreflang)}" href="${xml(alternate.href)}"/>`,
        )
        .join('');
      alternateLines.set(alternates, lines);
    }
    return lines;
  };
  let out =
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">';
  for (const url of list) {
    out += `\n  <url>\n    <loc>${xml(url.loc)}</loc>`;
    if (url.lastmod) out += `\n    <lastmod>${xml(url.lastmod)}</lastmod>`;
    out += `${linesOf(url.alternates)}\n  </url>`;
  }
  return `${out}\n</urlset>\n`;
}

const needsEscape = /[&<>"]/;

/** URLs, language tags and dates only: escaped all the same (most have nothing to escape). */
function xml(text: string): string {
  if (!needsEscape.test(text)) return text;
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
