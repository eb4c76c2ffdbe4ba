import { hashOf, indexDigest, type PressRoom, roomDigest, siteDigest } from '@communique/core';
import type { SitePageCache } from '../outputs/site-page-cache.ts';
import type { PeopleDirectory } from './contacts.ts';
import { ReleaseSiteViews } from './release-site-view.ts';
import type {
  ContactVCard,
  ListingsIndex,
  PublishedContact,
  PublishedRelease,
  ReleasePage,
  SiteLanguage,
  Topic,
} from './types.ts';

export interface PublishedSiteFields {
  readonly baseUrl: string;
  readonly now: Date;
  readonly preview: boolean;
  readonly nextPublication: Date | undefined;
  readonly defaultLanguage: string;
  readonly languages: readonly SiteLanguage[];
  readonly releases: readonly PublishedRelease[];
  readonly topics: readonly Topic[];
  readonly listings: ListingsIndex;
  readonly people: PeopleDirectory;
  readonly room: PressRoom;
  readonly usedAssets: ReadonlyMap<string, ReadonlySet<string>>;
  readonly releaseUrl: (releaseId: string, lang: string) => string | undefined;
  readonly noteAsset: (releaseId: string, name: string) => void;
  readonly partial: boolean;
  readonly linkDigest: () => string;
}

/**
 * The global `communique` data: what a build at `now` publishes. A class so that Eleventy passes
 * it by reference rather than deep-copying it into every template's data.
 */
export class PublishedSite {
  /** Absolute base URL without a trailing slash. */
  readonly baseUrl: string;
  /** The instant this build publishes at. */
  readonly now: Date;
  /** Whether drafts and embargoed releases are included (each page then has `preview` set). */
  readonly preview: boolean;
  /** The next instant after `now` at which a rebuild would publish something, if any. */
  readonly nextPublication: Date | undefined;
  /** The first of the site's languages: the `x-default`. */
  readonly defaultLanguage: string;
  /** The site's languages in `site.yaml` order, each with its listing. */
  readonly languages: readonly SiteLanguage[];
  /** Published releases, newest first. */
  readonly releases: readonly PublishedRelease[];
  /** Every published page (one per release version), newest release first: paginate over this. */
  readonly pages: readonly ReleasePage[];
  /** Topics of published releases, by id. */
  readonly topics: readonly Topic[];
  /** Topic, organisation and year listings, one per site language each. */
  readonly listings: ListingsIndex;
  /**
   * Published for some releases only (`PublishSettings.only`): their pages are whole, but lists,
   * topics and listings hold only them. Never cached, never used for site-wide pages.
   */
  readonly partial: boolean;
  readonly #fields: PublishedSiteFields;
  readonly #published: ReadonlySet<string>;
  #cacheDigest: string | undefined;
  #releaseViews: ReleaseSiteViews | undefined;
  #sitePages: SitePageCache | undefined;

  constructor(fields: PublishedSiteFields) {
    this.baseUrl = fields.baseUrl;
    this.now = fields.now;
    this.preview = fields.preview;
    this.nextPublication = fields.nextPublication;
    this.defaultLanguage = fields.defaultLanguage;
    this.languages = fields.languages;
    this.releases = fields.releases;
    this.pages = fields.releases.flatMap((release) => release.versions);
    this.topics = fields.topics;
    this.listings = fields.listings;
    this.partial = fields.partial;
    this.#fields = fields;
    this.#published = new Set(fields.releases.map((release) => release.id));
  }

  /** The site language entry for `lang`, if the site has it. */
  language(lang: string): SiteLanguage | undefined {
    return this.languages.find((language) => language.lang === lang);
  }

  /**
   * The URL of release `releaseId` for a reader of `lang`: that version when published, else the
   * original; undefined when the release is not published (never link to it).
   */
  releaseUrl(releaseId: string, lang: string): string | undefined {
    return this.#fields.releaseUrl(releaseId, lang);
  }

  /** People who are contacts of published pages (only of those: vCards and directories list these). */
  get contacts(): readonly PublishedContact[] {
    const room = this.#fields.room;
    return [...this.#fields.people.used].sort().flatMap((id) => {
      const person = room.people.entries[id];
      return person
        ? [{ id, name: person.name, email: person.email, phone: person.phone, mobile: person.mobile }]
        : [];
    });
  }

  /**
   * One card per press contact of a published page and per language that page is in, for vCards.
   * A page may show a role that fell back to its release's original language; the card falls back
   * to the site's first language only, so that each (person, language) has one file.
   */
  get vcards(): readonly ContactVCard[] {
    const people = this.#fields.people;
    return [...people.usedIn]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([id, langs]) =>
        this.languages.flatMap(({ lang }): ContactVCard[] => {
          if (!langs.has(lang)) return [];
          const card = people.contact(id, lang, [this.defaultLanguage]);
          return card?.vcardUrl ? [{ lang, url: card.vcardUrl, card }] : [];
        }),
      );
  }

  /** Files of each published release that its pages use (media and linked files), by release id. */
  get assets(): ReadonlyMap<string, ReadonlySet<string>> {
    return this.#fields.usedAssets;
  }

  /**
   * The HTML `render` makes for a site-wide page that lists release pages (a listing: its
   * releases, then those in other languages, as `groups`), taken from the content cache when a
   * build rendered it before for the same listed pages and site; `identity` names the page (its
   * URL). Without a cache (or when a listed page has no key in it), just `render()`.
   */
  cachedHtml(identity: string, groups: readonly (readonly ReleasePage[])[], render: () => string): string {
    return this.#sitePages ? this.#sitePages.html(identity, groups, render) : render();
  }

  /** Set by the plugin once the release pages are keyed (a whole build with a cache). */
  useSitePageCache(cache: SitePageCache): void {
    this.#sitePages = cache;
  }

  /** What links in bodies depend on (which releases are published at which URLs), for cache keys. */
  get linkDigest(): string {
    return this.#fields.linkDigest();
  }

  /**
   * What every page may show of the whole site, for cache keys: the core's code, `site.yaml` and
   * the registries as written, which releases exist where and when, the build's base URL and
   * preview flag, and the URL of every published page.
   */
  get cacheDigest(): string {
    const room = this.#fields.room;
    this.#cacheDigest ??= hashOf(
      roomDigest(room),
      indexDigest(room),
      this.baseUrl,
      this.preview,
      this.pages.map((page) => page.url),
    );
    return this.#cacheDigest;
  }

  /** What the files of release pages may read of the site: nothing of other releases. */
  get releaseViews(): ReleaseSiteViews {
    this.#releaseViews ??= new ReleaseSiteViews(this, siteDigest(this.#fields.room));
    return this.#releaseViews;
  }

  /**
   * Publishes files of a release folder that a body uses without rendering that body again:
   * what the content cache remembered of a page taken from it.
   */
  noteAssets(releaseId: string, names: readonly string[]): void {
    for (const name of names) this.#fields.noteAsset(releaseId, name);
  }

  /** The content folder this was published from. */
  get contentRoot(): string {
    return this.#fields.room.root;
  }

  /** The release folder of a published release, for copying its files. */
  releaseDir(releaseId: string): string | undefined {
    return this.#published.has(releaseId) ? this.#fields.room.releaseById.get(releaseId)?.dir : undefined;
  }

  /** Names of the files the release folder holds (as the loader listed them). */
  releaseFiles(releaseId: string): readonly string[] {
    return this.#fields.room.releaseById.get(releaseId)?.assets ?? [];
  }
}
