import { hashOf } from '@communique/core';
import { CommuniquePluginError, pluginName } from '../errors.ts';
import type { Listing, ListingKind, ListingsIndex, ReleasePage, SiteLanguage } from './types.ts';

/** A site language as a release page may show it: its names, title and URL, not its releases. */
export type LanguageHeading = Omit<SiteLanguage, 'releases' | 'elsewhere'>;

/** A listing as a release page may link it: its name and URL, not its releases. */
export type ListingLink = Omit<Listing, 'releases' | 'elsewhere'>;

/**
 * What the files of one release page may read of the whole site (the `communique` of a release
 * file's data). It holds nothing of other releases, so that the page's cache key covers all of
 * it, and a new release, or another one's new date, leaves every other page as it was.
 */
export interface ReleaseSiteView {
  /** Absolute base URL without a trailing slash. */
  readonly baseUrl: string;
  /** Whether drafts and embargoed releases are included (each page then has `preview` set). */
  readonly preview: boolean;
  /** The first of the site's languages: the `x-default`. */
  readonly defaultLanguage: string;
  /** The site's languages in `site.yaml` order. */
  readonly languages: readonly LanguageHeading[];
  language(lang: string): LanguageHeading | undefined;
  /**
   * The listing of one of the page's own topics or organisations, or of its year, in `lang`, when
   * the site has one. Asking for any other listing is an error: the page's key does not cover it.
   */
  listing(kind: ListingKind, id: string, lang: string): ListingLink | undefined;
}

/** What a published site gives release pages to read of it. */
export interface ReleaseSiteSource {
  readonly baseUrl: string;
  readonly preview: boolean;
  readonly defaultLanguage: string;
  readonly languages: readonly SiteLanguage[];
  readonly listings: ListingsIndex;
}

/** The views of one published site that its release pages get, with what their keys take of them. */
export class ReleaseSiteViews {
  /**
   * A hash of the view's languages, base URL and preview flag and of the caller's `context`
   * (`site.yaml`, the registries and the code as written): part of every release page's key.
   */
  readonly digest: string;
  readonly #site: ReleaseSiteSource;
  readonly #languages: readonly LanguageHeading[];
  readonly #listings = new Map<string, ListingLink>();
  readonly #listingDigests = new Map<string, string>();

  constructor(site: ReleaseSiteSource, context: string) {
    this.#site = site;
    this.#languages = site.languages.map(
      ({ releases: _releases, elsewhere: _elsewhere, ...heading }): LanguageHeading => heading,
    );
    for (const { releases: _releases, elsewhere: _elsewhere, ...link } of site.listings.all)
      this.#listings.set(listingKey(link.kind, link.id, link.lang), link);
    this.digest = hashOf(
      'release-site-view',
      context,
      site.baseUrl,
      site.preview,
      site.defaultLanguage,
      this.#languages,
    );
  }

  /**
   * What `page`'s view answers of listings, a digest per listing of its own (in every language):
   * part of the page's key. Made once per listing, however many pages link it.
   */
  listingsOf(page: ReleasePage): string[] {
    const digests: string[] = [];
    for (const id of page.topics) digests.push(this.#listingDigest('topic', id));
    for (const { id } of page.organisations) digests.push(this.#listingDigest('organisation', id));
    digests.push(this.#listingDigest('year', page.year));
    return digests;
  }

  #listingDigest(kind: ListingKind, id: string): string {
    const key = listingKey(kind, id, '');
    let digest = this.#listingDigests.get(key);
    if (digest === undefined) {
      digest = hashOf(
        this.#languages.map(({ lang }) => this.#listings.get(listingKey(kind, id, lang)) ?? null),
      );
      this.#listingDigests.set(key, digest);
    }
    return digest;
  }

  forPage(page: ReleasePage): ReleaseSiteView {
    const languages = this.#languages;
    const own = new Set(ownListings(page).map(([kind, id]) => listingKey(kind, id, '')));
    return {
      baseUrl: this.#site.baseUrl,
      preview: this.#site.preview,
      defaultLanguage: this.#site.defaultLanguage,
      languages,
      language: (lang) => languages.find((language) => language.lang === lang),
      listing: (kind, id, lang) => {
        if (!own.has(listingKey(kind, id, ''))) {
          throw new CommuniquePluginError(
            `${pluginName}: the page of release ${page.releaseId} asked for the ${kind} listing \`${id}\`: a release page may link only the listings of its own topics, organisations and year`,
          );
        }
        return this.#listings.get(listingKey(kind, id, lang));
      },
    };
  }
}

function ownListings(page: ReleasePage): [ListingKind, string][] {
  return [
    ...page.topics.map((id): [ListingKind, string] => ['topic', id]),
    ...page.organisations.map(({ id }): [ListingKind, string] => ['organisation', id]),
    ['year', page.year],
  ];
}

function listingKey(kind: ListingKind, id: string, lang: string): string {
  return `${kind}\u0000${id}\u0000${lang}`;
}
