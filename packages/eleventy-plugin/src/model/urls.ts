import { join } from 'node:path';

/** The site's URL scheme, in one place. Root-relative paths; `absolute` prefixes the base URL. */

export function languagePath(lang: string): string {
  return `/${lang}/`;
}

export function releasePath(lang: string, year: string, slug: string): string {
  return `/${lang}/${year}/${slug}/`;
}

/** Files a release publishes (media, linked PDFs) live once, language-neutral, under `/media/`. */
export function assetPath(year: string, slug: string, name: string): string {
  return `/media/${year}/${slug}/${name.split('/').map(encodeURIComponent).join('/')}`;
}

/** Where the file of `assetPath` is written under the output folder. */
export function assetOutputPath(outputDir: string, year: string, slug: string, name: string): string {
  return join(outputDir, 'media', year, slug, ...name.split('/'));
}

export function absolute(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/** A language's feeds: Atom 1.0 and JSON Feed 1.1, beside its listing. */
export function feedPaths(lang: string): { readonly atom: string; readonly json: string } {
  return { atom: `/${lang}/feed.atom`, json: `/${lang}/feed.json` };
}

export const sitemapPath = '/sitemap.xml';

/** The IPTC ninjs copy of a release version, beside its page. */
export function ninjsPath(pageUrl: string): string {
  return `${pageUrl}ninjs.json`;
}

/**
 * A press contact's vCard in one language. People ids are free-form YAML keys: one that is not a
 * plain file name (`a/b`, `..`, spaces) gets a stable name from its code points instead, so a
 * key can never place a file outside `/<lang>/contacts/`.
 */
export function vcardPath(lang: string, personId: string): string {
  const name = /^[a-z0-9][a-z0-9_-]*$/i.test(personId)
    ? personId
    : `contact-${[...personId].map((char) => char.codePointAt(0)!.toString(36)).join('-')}`;
  return `/${lang}/contacts/${name}.vcf`;
}
