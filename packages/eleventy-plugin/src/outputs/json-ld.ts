import type { ReleaseSiteView } from '../model/release-site-view.ts';
import type { OrganisationNote, ReleasePage } from '../model/types.ts';
import { absolute } from '../model/urls.ts';
import { lastModified, rfc3339 } from './instants.ts';

type JsonLdOrganisation = {
  readonly '@type': 'Organization';
  readonly name: string;
  readonly alternateName?: string;
  readonly url?: string;
};

/** A reference to another language version of the same release. */
type JsonLdVersion = {
  readonly '@type': 'NewsArticle';
  readonly '@id': string;
  readonly url: string;
  readonly inLanguage: string;
};

export interface NewsArticle {
  readonly '@context': 'https://schema.org';
  readonly '@type': 'NewsArticle';
  readonly '@id': string;
  readonly url: string;
  readonly mainEntityOfPage: string;
  readonly inLanguage: string;
  readonly headline: string;
  readonly description: string;
  readonly datePublished: string;
  readonly dateModified: string;
  readonly dateline: string;
  readonly publisher: readonly JsonLdOrganisation[];
  readonly author: readonly JsonLdOrganisation[];
  readonly image?: readonly string[];
  readonly keywords?: readonly string[];
  readonly translationOfWork?: JsonLdVersion;
  readonly workTranslation?: readonly JsonLdVersion[];
}

/**
 * schema.org `NewsArticle` for one release version. The issuing organisations are its author and
 * publisher (the press room itself when a release names none). A translation points at its
 * original with `translationOfWork`; the original lists every translation in `workTranslation`.
 */
export function newsArticle(
  site: Pick<ReleaseSiteView, 'baseUrl' | 'language'>,
  page: ReleasePage,
): NewsArticle {
  const organisations =
    page.organisations.length > 0
      ? page.organisations.map(organisation)
      : [
          {
            '@type': 'Organization' as const,
            name: site.language(page.lang)?.title.text ?? site.baseUrl,
            url: `${site.baseUrl}/`,
          },
        ];
  const versions = page.alternates.filter((alternate) => alternate.hreflang !== 'x-default');
  const version = (lang: string, url: string): JsonLdVersion => ({
    '@type': 'NewsArticle',
    '@id': url,
    url,
    inLanguage: lang,
  });
  const original = page.original;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': page.absoluteUrl,
    url: page.absoluteUrl,
    mainEntityOfPage: page.absoluteUrl,
    inLanguage: page.lang,
    headline: page.title,
    description: page.summary,
    datePublished: rfc3339(page.published),
    dateModified: rfc3339(lastModified(page)),
    dateline: page.dateline.place,
    publisher: organisations,
    author: organisations,
    ...(page.media.length > 0 ? { image: page.media.map((item) => absolute(site.baseUrl, item.url)) } : {}),
    ...(page.topicNames.length > 0 ? { keywords: page.topicNames.map((topic) => topic.name.text) } : {}),
    ...(original ? { translationOfWork: version(original.lang, absolute(site.baseUrl, original.url)) } : {}),
    ...(page.isOriginal && versions.length > 1
      ? {
          workTranslation: versions
            .filter((alternate) => alternate.href !== page.absoluteUrl)
            .map((alternate) => version(alternate.hreflang, alternate.href)),
        }
      : {}),
  };
}

function organisation(note: OrganisationNote): JsonLdOrganisation {
  return {
    '@type': 'Organization',
    name: note.name.text,
    ...(note.short && note.short.text !== note.name.text ? { alternateName: note.short.text } : {}),
    ...(note.url ? { url: note.url } : {}),
  };
}

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` as `\u` escapes so no
 * `</script>` or `<!--` in content can end the element, and U+2028/U+2029 escaped for old parsers.
 * The result is still the same JSON.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
