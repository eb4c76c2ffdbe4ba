import { Feed } from 'feed';
import type { FeedData } from './feed-entries.ts';
import { escapeHtml } from './html.ts';

const atomRoot = '<feed xmlns="http://www.w3.org/2005/Atom">';

/**
 * An Atom 1.0 feed (RFC 4287) written by the `feed` package. Its titles and contents are
 * `type="html"`, so plain text goes in escaped; the package writes them in CDATA sections and
 * escapes only the first `]]>` of each, so every `]]>` is written `]]&gt;` first (the same HTML).
 * It has no option for the feed's language: `xml:lang` is added to the root element it writes.
 */
export function atomFeed(data: FeedData): string {
  const feed = new Feed({
    id: data.homeUrl,
    title: xmlText(data.title),
    ...(data.description ? { description: xmlText(data.description) } : {}),
    link: data.homeUrl,
    feedLinks: { atom: data.atomUrl, json: data.jsonUrl },
    language: data.lang,
    updated: new Date(data.updated),
    generator: 'Communiqué',
    author: { name: xmlText(data.author.name), ...(data.author.url ? { link: data.author.url } : {}) },
  });
  for (const entry of data.entries) {
    feed.addItem({
      id: entry.id,
      link: entry.url,
      title: html(escapeHtml(entry.title)),
      description: html(escapeHtml(entry.summary)),
      content: html(entry.contentHtml),
      date: new Date(entry.modified),
      published: new Date(entry.published),
      author: entry.authors.map((author) => ({
        name: xmlText(author.name),
        ...(author.url ? { link: author.url } : {}),
      })),
      category: entry.topics.map((topic) => ({
        term: attribute(topic.id),
        name: attribute(topic.name.text),
      })),
    });
  }
  const xml = feed.atom1();
  if (!xml.includes(atomRoot))
    throw new Error('the feed package no longer writes the Atom root element as expected');
  return xml.replace(
    atomRoot,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${attribute(data.lang)}">`,
  );
}

/**
 * Characters XML 1.0 does not allow: C0 controls but tab, newline and return, U+FFFE, U+FFFF, and
 * (with the `u` flag a surrogate range matches only unpaired ones) lone surrogates.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** Text the package escapes itself (element text). */
function xmlText(text: string): string {
  return text.replace(notXml, '');
}

/** HTML that goes into a CDATA section. */
function html(markup: string): string {
  return xmlText(markup).replaceAll(']]>', ']]&gt;');
}

/** Attribute values, which the package escapes only for `"`. */
function attribute(text: string): string {
  // `>` too, although attributes allow it: no `]]>` anywhere outside CDATA keeps the output easy to check.
  return xmlText(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
