import { DiskStore, hashOf } from '@communique/core';
import type { PublishedSite } from '../model/site.ts';
import type { ReleasePage } from '../model/types.ts';

/** Entries kept per page: the one in use and the one before (a preview build beside a plain one). */
const kept = 2;

/**
 * Site-wide pages that list release pages (the listings), as rendered, in the content cache:
 * `<cache>/v1/site-pages/<page>/…`, a group per page (a hash of its identity) holding its last
 * two renderings. A key is made of `base` (the site's and plugin's code and everything every
 * page may show of the site: see `siteBase`), the page's identity (its URL) and the cache key of
 * each release page it lists, in order: a listed page whose data changed, one more or one fewer,
 * changes it. At 10,000 releases × 5 languages the listings are some 60 MB of HTML, rendered on
 * every build; an edit changes a few megabytes of them, which is why older renderings of a page
 * are removed rather than kept.
 */
export class SitePageCache {
  readonly #store: DiskStore;
  readonly #base: string;
  readonly #keyOf: (page: ReleasePage) => string | undefined;

  constructor(cacheDir: string, base: string, keyOf: (page: ReleasePage) => string | undefined) {
    this.#store = new DiskStore(cacheDir);
    this.#base = base;
    this.#keyOf = keyOf;
  }

  html(identity: string, groups: readonly (readonly ReleasePage[])[], render: () => string): string {
    const keys: string[][] = [];
    for (const group of groups) {
      const groupKeys: string[] = [];
      for (const page of group) {
        const key = this.#keyOf(page);
        if (key === undefined) return render();
        groupKeys.push(key);
      }
      keys.push(groupKeys);
    }
    const kind = `site-pages/${hashOf(identity)}`;
    const key = hashOf(this.#base, identity, keys);
    const hit = this.#store.readText(kind, key, { markUsed: true });
    if (hit !== undefined) return hit;
    const html = render();
    this.#store.writeText(kind, key, html);
    this.#store.keepNewest(kind, kept);
    return html;
  }
}

/**
 * What a listing may show of the whole site besides its releases: `releaseBase` (the code of the
 * site's templates and the plugin, and `site.cacheDigest`: `site.yaml`, the registries, which
 * releases exist where, every published URL, the base URL and the preview flag), each language's
 * names, titles and URLs, and every listing's names and URLs (the language switcher and the
 * browse menu link them).
 */
export function siteBase(site: PublishedSite, releaseBase: string): string {
  return hashOf(
    'site-pages',
    releaseBase,
    site.languages.map((language) => [
      language.lang,
      language.dir,
      language.uiLang,
      language.name,
      language.url,
      language.absoluteUrl,
      language.title,
      language.description ?? null,
    ]),
    site.listings.all.map((listing) => [
      listing.kind,
      listing.id,
      listing.lang,
      listing.dir,
      listing.uiLang,
      listing.url,
      listing.absoluteUrl,
      listing.name,
      listing.alternates,
    ]),
  );
}
