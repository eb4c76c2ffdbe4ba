import type { FeedAuthor, FeedData } from './feed-entries.ts';

/** A JSON Feed 1.1 author. */
export interface JsonFeedAuthor {
  readonly name: string;
  readonly url?: string;
}

export interface JsonFeedItem {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  readonly content_html: string;
  readonly date_published: string;
  readonly date_modified: string;
  readonly language: string;
  readonly authors?: readonly JsonFeedAuthor[];
  readonly tags?: readonly string[];
  readonly image?: string;
}

export interface JsonFeed {
  readonly version: 'https://jsonfeed.org/version/1.1';
  readonly title: string;
  readonly home_page_url: string;
  readonly feed_url: string;
  readonly description?: string;
  readonly language: string;
  readonly authors: readonly JsonFeedAuthor[];
  readonly items: readonly JsonFeedItem[];
}

/**
 * A JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). The `feed` package writes version 1
 * only (`author`, no `language`), so the object is built here and serialised with `JSON.stringify`.
 */
export function jsonFeed(data: FeedData): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: data.title,
    home_page_url: data.homeUrl,
    feed_url: data.jsonUrl,
    ...(data.description ? { description: data.description } : {}),
    language: data.lang,
    authors: [author(data.author)],
    items: data.entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      content_html: entry.contentHtml,
      date_published: entry.published,
      date_modified: entry.modified,
      language: entry.lang,
      ...(entry.authors.length > 0 ? { authors: entry.authors.map(author) } : {}),
      ...(entry.topics.length > 0 ? { tags: entry.topics.map((topic) => topic.name.text) } : {}),
      ...(entry.image ? { image: entry.image } : {}),
    })),
  };
}

export function jsonFeedText(data: FeedData): string {
  return `${JSON.stringify(jsonFeed(data), null, 2)}\n`;
}

function author(source: FeedAuthor): JsonFeedAuthor {
  return source.url ? { name: source.name, url: source.url } : { name: source.name };
}
