import type { PublishedSite, ReleasePage, SiteLanguage } from '@communique/eleventy-plugin';

/** The data every page template receives from Eleventy (the parts the site uses). */
export interface SiteData {
  readonly communique: PublishedSite;
}

/** A release page: paginated over `communique.pages`. */
export interface ReleaseData extends SiteData {
  readonly release: ReleasePage;
}

/** A language's listing: paginated over `communique.languages`. */
export interface LanguageData extends SiteData {
  readonly language: SiteLanguage;
}
