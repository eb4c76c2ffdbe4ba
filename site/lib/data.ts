import type {
  Listing,
  PublishedSite,
  ReleasePage,
  ReleaseSiteView,
  SiteLanguage,
} from '@communique/eleventy-plugin';

/** The data every page template receives from Eleventy (the parts the site uses). */
export interface SiteData {
  readonly communique: PublishedSite;
}

/**
 * A release page, as the plugin renders its files (see `release-files/`): of the site, only what
 * its cache key covers (nothing of other releases).
 */
export interface ReleaseData {
  readonly communique: ReleaseSiteView;
  readonly release: ReleasePage;
}

/** A language's listing: paginated over `communique.languages`. */
export interface LanguageData extends SiteData {
  readonly language: SiteLanguage;
}

/** A topic, organisation or year listing in one language: paginated over `communique.listings.all`. */
export interface ListingData extends SiteData {
  readonly listing: Listing;
}
