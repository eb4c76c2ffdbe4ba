import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { hashOf } from '@communique/core';
import type { PublishedSite } from '../model/site.ts';
import type { ReleasePage } from '../model/types.ts';

/** Entries kept per page: the one in use and the one before (a preview build beside a plain one). */
const kept = 2;

/**
 * Site-wide pages that list release pages (the listings), as rendered, in the content cache:
 * `<cache>/v1/site-pages/<page>/<key>.json`, a folder per page (a hash of its identity) holding
 * its last two renderings. A key is made of `base` (the site's and plugin's code and everything
 * every page may show of the site: see `siteBase`), the page's identity (its URL) and the cache
 * key of each release page it lists, in order: a listed page whose data changed, one more or one
 * fewer, changes it. At 10,000 releases × 5 languages the listings are some 60 MB of HTML,
 * rendered on every build; an edit changes a few megabytes of them, which is why older renderings
 * of a page are removed rather than kept. Reading and writing are best effort: a missing,
 * corrupt or unwritable entry only means rendering.
 */
export class SitePageCache {
  readonly #dir: string;
  readonly #base: string;
  readonly #keyOf: (page: ReleasePage) => string | undefined;

  constructor(cacheDir: string, base: string, keyOf: (page: ReleasePage) => string | undefined) {
    this.#dir = join(cacheDir, 'v1', 'site-pages');
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
    const folder = join(this.#dir, createHash('sha256').update(identity).digest('hex'));
    const file = join(folder, `${hashOf(this.#base, identity, keys)}.json`);
    const hit = read(file);
    if (hit !== undefined) return hit;
    const html = render();
    write(folder, file, html);
    return html;
  }
}

/** The entry's HTML, its time marked as used; undefined (and the file removed when corrupt) on a miss. */
function read(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const entry: unknown = JSON.parse(text);
    if (isEntry(entry)) {
      const now = new Date();
      utimesSync(file, now, now);
      return entry.html;
    }
  } catch {
    // fall through: corrupt
  }
  attempt(() => rmSync(file, { force: true }));
  return undefined;
}

/** Writes the entry (a temporary file renamed into place), then removes all but the newest `kept`. */
function write(folder: string, file: string, html: string): void {
  attempt(() => {
    mkdirSync(folder, { recursive: true });
    const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`;
    writeFileSync(temporary, JSON.stringify({ html } satisfies Entry));
    renameSync(temporary, file);
    const entries = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({ path: join(folder, name), time: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const { path } of entries.slice(kept)) if (path !== file) rmSync(path, { force: true });
  });
}

function attempt(work: () => void): void {
  try {
    work();
  } catch {
    // A read-only or full cache folder: the page is rendered again next time.
  }
}

/**
 * What a listing may show of the whole site besides its releases: `releaseBase` (the code of the
 * site's templates and the plugin, `site.yaml`, the registries, which releases exist where and
 * every published URL), each language's names, titles and URLs, and every listing's names and
 * URLs (the language switcher and the browse menu link them).
 */
export function siteBase(site: PublishedSite, releaseBase: string): string {
  return hashOf(
    'site-pages',
    releaseBase,
    site.preview,
    site.baseUrl,
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

interface Entry {
  readonly html: string;
}

function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && typeof (value as Entry).html === 'string';
}
