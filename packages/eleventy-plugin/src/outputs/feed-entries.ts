import type { PublishedSite } from '../model/site.ts';
import type { ReleasePage, SiteLanguage, TopicName } from '../model/types.ts';
import { absolute, feedPaths } from '../model/urls.ts';
import { ui } from '../ui-strings/index.ts';
import { absoluteLinks, escapeHtml } from './html.ts';
import { lastModified, rfc3339 } from './instants.ts';

/** How many releases a feed carries, newest first: readers poll often, archives are on the site. */
export const feedEntryLimit = 50;

export interface FeedAuthor {
  readonly name: string;
  readonly url: string | undefined;
}

/** What both feed formats say about one release version. */
export interface FeedEntry {
  readonly id: string;
  readonly url: string;
  readonly lang: string;
  readonly title: string;
  readonly summary: string;
  /** Change notes (when any), then the body, as HTML with absolute links. */
  readonly contentHtml: string;
  /** RFC 3339. */
  readonly published: string;
  readonly modified: string;
  readonly modifiedAt: number;
  readonly authors: readonly FeedAuthor[];
  readonly topics: readonly TopicName[];
  readonly image: string | undefined;
}

export interface FeedData {
  readonly lang: string;
  readonly title: string;
  readonly description: string | undefined;
  readonly homeUrl: string;
  readonly atomUrl: string;
  readonly jsonUrl: string;
  /** The press room, the feed's author (RFC 4287 needs one on the feed or every entry). */
  readonly author: FeedAuthor;
  /** The latest `modified` of its entries, else the build's instant (an empty feed). */
  readonly updated: string;
  readonly entries: readonly FeedEntry[];
}

/** A language's feed: its versions, newest first (by date), at most `limit`. */
export function feedData(site: PublishedSite, language: SiteLanguage, limit = feedEntryLimit): FeedData {
  // A preview build flags drafts and embargoed versions; feeds leave them out even then.
  const entries = language.releases
    .filter((page) => !page.preview)
    .slice(0, limit)
    .map((page) => feedEntry(site, page));
  const newest = entries.reduce<FeedEntry | undefined>(
    (latest, entry) => (latest && latest.modifiedAt >= entry.modifiedAt ? latest : entry),
    undefined,
  );
  const paths = feedPaths(language.lang);
  return {
    lang: language.lang,
    title: language.title.text,
    description: language.description?.text,
    homeUrl: language.absoluteUrl,
    atomUrl: absolute(site.baseUrl, paths.atom),
    jsonUrl: absolute(site.baseUrl, paths.json),
    author: { name: language.title.text, url: `${site.baseUrl}/` },
    updated: newest?.modified ?? site.now.toISOString(),
    entries,
  };
}

function feedEntry(site: PublishedSite, page: ReleasePage): FeedEntry {
  const modified = lastModified(page);
  const firstImage = page.media[0];
  return {
    id: page.absoluteUrl,
    url: page.absoluteUrl,
    lang: page.lang,
    title: page.title,
    summary: page.summary,
    contentHtml: `${changesHtml(page)}${absoluteLinks(page.body, site.baseUrl)}`,
    published: rfc3339(page.published),
    modified: rfc3339(modified),
    modifiedAt: modified.epochMilliseconds,
    authors: page.organisations.map((organisation) => ({
      name: organisation.name.text,
      url: organisation.url,
    })),
    topics: page.topicNames,
    image: firstImage && absolute(site.baseUrl, firstImage.url),
  };
}

/** "Updated 17 April 2024" and the change notes, in the page's language, before the body. */
function changesHtml(page: ReleasePage): string {
  if (page.changes.length === 0 && !page.updated) return '';
  const updated = lastModified(page);
  const notes = page.changes
    .map(
      (change) =>
        `<li><time datetime="${escapeHtml(change.date.datetime)}">${escapeHtml(change.date.text)}</time> — ${escapeHtml(change.note)}</li>`,
    )
    .join('');
  return `<aside class="updated"><p><strong>${escapeHtml(ui(page.lang, 'updatedNotice', { date: updated.text }))}</strong></p>${notes ? `<ul>${notes}</ul>` : ''}</aside>`;
}
