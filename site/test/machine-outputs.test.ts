import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { hostileRoom, hostileTitle } from '../../packages/eleventy-plugin/test/outputs-helpers.ts';
import { buildFixture, filesUnder, read, tags } from './helpers.ts';

const base = 'https://press.example.org';
const jsonFeedSchema = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('jsonfeed-schema/schema-v1.1.json'), 'utf8'),
) as object;
const languages = ['en', 'fr', 'ar', 'uk', 'es'];
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

let out: string;
let hostile: string;
beforeAll(async () => {
  out = await buildFixture();
  hostile = await buildFixture({ content: hostileRoom() });
});

/** The output file a root-relative or absolute site URL is served from. */
function fileOf(dir: string, url: string): string {
  const path = url.startsWith(base) ? url.slice(base.length) : url;
  return join(dir, path.endsWith('/') ? `${path}index.html` : path);
}

const htmlPages = () => filesUnder(out).filter((file) => file.endsWith('.html'));
const releasePages = (dir = out) =>
  filesUnder(dir).filter((file) => /^[a-z-]+\/\d{4}\/[^/]+\/index\.html$/i.test(file));

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link', 'author', 'url', 'xhtml:link', 'category'].includes(name),
});

type AtomLink = { '@rel'?: string; '@href': string };
type AtomEntry = {
  id: string;
  title: string | { '#text': string; '@type': string };
  updated: string;
  published?: string;
  link: AtomLink[];
  author?: { name: string }[];
};

function atom(dir: string, lang: string) {
  const text = read(dir, `${lang}/feed.atom`);
  expect(XMLValidator.validate(text)).toBe(true);
  return xml.parse(text).feed as {
    '@xmlns': string;
    '@xml:lang': string;
    id: string;
    title: string;
    updated: string;
    author?: { name: string }[];
    link: AtomLink[];
    entry?: AtomEntry[];
  };
}

const textOf = (value: AtomEntry['title']) => (typeof value === 'string' ? value : value['#text']);

describe('Atom feeds', () => {
  test.each(languages)(
    '%s: well-formed, with the RFC 4287 required elements, its language and newest first',
    (lang) => {
      const feed = atom(out, lang);
      expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed['@xml:lang']).toBe(lang);
      expect(feed.id).toBe(`${base}/${lang}/`);
      expect(feed.title.length).toBeGreaterThan(0);
      expect(feed.updated).toMatch(rfc3339);
      expect(feed.link).toContainEqual({ '@rel': 'self', '@href': `${base}/${lang}/feed.atom` });
      const entries = feed.entry ?? [];
      // A feed without an author needs one on every entry (RFC 4287 §4.1.1).
      expect(feed.author?.[0]?.name ?? entries.every((entry) => entry.author?.length)).toBeTruthy();
      for (const entry of entries) {
        expect(entry.id).toMatch(new RegExp(`^${base}/${lang}/\\d{4}/`));
        expect(textOf(entry.title).length).toBeGreaterThan(0);
        expect(entry.updated).toMatch(rfc3339);
        expect(entry.published).toMatch(rfc3339);
        expect(entry.link[0]?.['@href']).toBe(entry.id);
        expect(existsSync(fileOf(out, entry.link[0]!['@href']))).toBe(true);
      }
      const published = entries.map((entry) => Date.parse(entry.published!));
      expect(published).toEqual([...published].sort((a, b) => b - a));
    },
  );

  test('the French feed lists its two versions; Spanish, with none, is an empty valid feed', () => {
    expect(atom(out, 'fr').entry?.map((entry) => entry.id)).toEqual([
      `${base}/fr/2024/portail-signalement/`,
      `${base}/fr/2023/border-workshop/`,
    ]);
    expect(atom(out, 'es').entry ?? []).toEqual([]);
  });

  test('hostile titles and bodies come back as the same text, and the feed stays well-formed', () => {
    const feed = atom(hostile, 'en');
    const entry = feed.entry!.find((candidate) => candidate.id.endsWith('/en/2023/border-workshop/'))!;
    // type="html": the text is HTML-escaped once inside the CDATA section.
    expect(textOf(entry.title)).toBe(
      hostileTitle
        .replaceAll('&', '&amp;')
        .replaceAll('<', '&lt;')
        .replaceAll('>', '&gt;')
        .replaceAll('"', '&quot;'),
    );
  });
});

describe('JSON Feeds', () => {
  const ajv = new Ajv({ allErrors: true });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('date-time', (value: string) => rfc3339.test(value) && !Number.isNaN(Date.parse(value)));
  const validate = ajv.compile(jsonFeedSchema);

  test.each(languages)(
    '%s: valid against the JSON Feed 1.1 schema, with its language and newest first',
    (lang) => {
      const feed = JSON.parse(read(out, `${lang}/feed.json`));
      expect(validate(feed), JSON.stringify(validate.errors)).toBe(true);
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.language).toBe(lang);
      expect(feed.feed_url).toBe(`${base}/${lang}/feed.json`);
      for (const item of feed.items) {
        expect(item.language).toBe(lang);
        expect(existsSync(fileOf(out, item.url))).toBe(true);
      }
      const atomIds = (atom(out, lang).entry ?? []).map((entry) => entry.id);
      expect(feed.items.map((item: { id: string }) => item.id)).toEqual(atomIds);
    },
  );

  test('the hostile build is still valid and keeps the title as written', () => {
    const feed = JSON.parse(read(hostile, 'en/feed.json'));
    expect(validate(feed)).toBe(true);
    expect(feed.items.map((item: { title: string }) => item.title)).toContain(hostileTitle);
  });
});

describe('feeds in <head>', () => {
  test('every HTML page links the Atom and JSON feeds of its language, and they exist', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const html = read(out, file);
      const lang = tags(html, 'html')[0]!.lang!;
      const links = tags(html, 'link').filter((link) => link.rel === 'alternate' && link.type);
      expect(
        links.filter((link) => link.type !== 'application/vnd.iptc.ninjs+json'),
        file,
      ).toEqual([
        expect.objectContaining({ type: 'application/atom+xml', href: `/${lang}/feed.atom` }),
        expect.objectContaining({ type: 'application/feed+json', href: `/${lang}/feed.json` }),
      ]);
      for (const link of links)
        expect(existsSync(fileOf(out, link.href!)), `${link.href} of ${file}`).toBe(true);
    }
  });
});

describe('sitemap', () => {
  test('lists every release version with reciprocal hreflang alternates and x-default, each URL a built page', () => {
    const text = read(out, 'sitemap.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const urlset = xml.parse(text).urlset as {
      '@xmlns': string;
      '@xmlns:xhtml': string;
      url: { loc: string; lastmod?: string; 'xhtml:link': { '@hreflang': string; '@href': string }[] }[];
    };
    expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    const locs = urlset.url.map((url) => url.loc);
    for (const file of releasePages()) expect(locs).toContain(`${base}/${file.replace(/index\.html$/, '')}`);
    for (const lang of languages) expect(locs).toContain(`${base}/${lang}/`);
    const byLoc = new Map(urlset.url.map((url) => [url.loc, url]));
    for (const url of urlset.url) {
      expect(existsSync(fileOf(out, url.loc)), url.loc).toBe(true);
      if (url.lastmod !== undefined) expect(url.lastmod).toMatch(rfc3339);
      const alternates = url['xhtml:link'];
      expect(alternates.at(-1)?.['@hreflang']).toBe('x-default');
      expect(alternates.map((link) => link['@href'])).toContain(url.loc);
      for (const link of alternates) {
        expect(existsSync(fileOf(out, link['@href']))).toBe(true);
        if (link['@hreflang'] === 'x-default') continue;
        // Reciprocal: each alternate lists the same set.
        expect(byLoc.get(link['@href'])?.['xhtml:link']).toEqual(alternates);
      }
    }
    // The same alternates the page itself has in <head>.
    const uk = read(out, 'uk/2024/natsionalnyi-portal/index.html');
    const inHead = tags(uk, 'link')
      .filter((link) => link.rel === 'alternate' && link.hreflang)
      .map((link) => [link.hreflang, link.href]);
    const inSitemap = byLoc
      .get(`${base}/uk/2024/natsionalnyi-portal/`)
      ?.['xhtml:link'].map((link) => [link['@hreflang'], link['@href']]);
    expect(inSitemap).toEqual(inHead);
  });
});

/** vCard lines unfolded and split into name (with parameters) and unescaped value. */
function vcardLines(text: string): [string, string][] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      const value = line
        .slice(colon + 1)
        .replace(/\\([\\,;nN])/g, (_, c: string) => (/n/i.test(c) ? '\n' : c));
      return [line.slice(0, colon), value];
    });
}

describe('vCards', () => {
  test('every contact block links a card in the page language, which reads back with the page’s phone numbers', () => {
    let checked = 0;
    for (const file of releasePages()) {
      const html = read(out, file);
      const lang = tags(html, 'html')[0]!.lang!;
      const cards = tags(html, 'a').filter((a) => a.type === 'text/vcard');
      const telLinks = tags(html, 'a')
        .filter((a) => a.href?.startsWith('tel:'))
        .map((a) => a.href!.slice(4));
      expect(cards.length, file).toBeGreaterThan(0);
      for (const card of cards) {
        expect(card.href).toMatch(new RegExp(`^/${lang}/contacts/[a-z0-9_-]+\\.vcf$`));
        expect(card).toHaveProperty('download');
        const lines = vcardLines(read(out, card.href!.slice(1)));
        expect(lines[0]).toEqual(['BEGIN', 'VCARD']);
        expect(lines).toContainEqual(['VERSION', '3.0']);
        for (const [name, value] of lines.filter(([name]) => name.startsWith('TEL'))) {
          expect(name).toMatch(/^TEL;TYPE=(work|cell),voice$/);
          expect(value).toMatch(/^\+[1-9]\d{6,14}$/);
          expect(telLinks).toContain(value);
        }
        expect(lines.some(([name]) => name.startsWith('EMAIL'))).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
    const ar = vcardLines(read(out, 'ar/contacts/horbunova.vcf'));
    expect(ar).toContainEqual(['TITLE', 'مسؤولة إعلامية']);
    expect(ar).toContainEqual(['ORG', 'المنظمة الدولية للهجرة']);
  });
});

/** The JSON-LD of a page: the one script of that type, parsed. */
function jsonLd(html: string): Record<string, unknown> {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]![1]!);
}

/**
 * The parts of IPTC ninjs 2.1 (https://www.iptc.org/std/ninjs/ninjs-schema_2.1.json) the site
 * fills, transcribed from the standard: the property names it allows at the top level and the
 * shapes of the objects in its arrays, each closed to other properties as in the standard.
 */
const ninjsTopLevel = [
  'uri',
  'type',
  'representationtype',
  'profile',
  'version',
  'firstcreated',
  'versioncreated',
  'contentcreated',
  'embargoed',
  'pubstatus',
  'urgency',
  'copyrightholder',
  'copyrightnotice',
  'usageterms',
  'ednote',
  'language',
  'descriptions',
  'bodies',
  'headlines',
  'people',
  'organisations',
  'places',
  'subjects',
  'events',
  'objects',
  'infosources',
  'title',
  'by',
  'slugline',
  'located',
  'renditions',
  'associations',
  'altids',
  'trustindicators',
  'standard',
  'genres',
  'expires',
  'rightsinfo',
];
const closed = (properties: Record<string, object>, required: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  properties,
  required,
});
const str = { type: 'string' };
const uri = { type: 'string', format: 'uri' };
const dateTime = { type: 'string', format: 'date-time' };
const texts = { type: 'array', items: closed({ role: str, contenttype: str, value: str }, ['value']) };
const contactinfo = {
  type: 'array',
  items: closed({ type: str, role: str, lang: str, name: str, value: str }, ['value']),
};
const named = (extra: Record<string, object> = {}) => ({
  type: 'array',
  items: closed({ name: str, rel: str, uri, literal: str, ...extra }),
});
const ninjsItem = {
  type: 'object',
  additionalProperties: false,
  required: ['uri'],
  properties: {
    ...Object.fromEntries(ninjsTopLevel.map((name) => [name, {}])),
    uri,
    type: { enum: ['text', 'audio', 'video', 'picture', 'graphic', 'composite', 'component'] },
    representationtype: { enum: ['full', 'partial'] },
    pubstatus: { enum: ['usable', 'withheld', 'canceled'] },
    firstcreated: dateTime,
    versioncreated: dateTime,
    embargoed: dateTime,
    language: str,
    located: str,
    by: str,
    headlines: texts,
    descriptions: texts,
    bodies: {
      type: 'array',
      items: closed(
        {
          role: str,
          contenttype: str,
          charcount: { type: 'number' },
          wordcount: { type: 'number' },
          value: str,
        },
        ['value'],
      ),
    },
    places: named({ contactinfo }),
    subjects: named({ creator: str, relevance: { type: 'integer' }, confidence: { type: 'integer' } }),
    infosources: { type: 'array', items: closed({ name: str, role: str, uri, literal: str, contactinfo }) },
    altids: { type: 'array', items: closed({ role: str, value: str }) },
    renditions: {
      type: 'array',
      items: closed(
        {
          name: str,
          href: uri,
          contenttype: str,
          title: str,
          height: { type: 'number' },
          width: { type: 'number' },
          sizeinbytes: { type: 'number' },
          duration: { type: 'number' },
          format: str,
        },
        ['name'],
      ),
    },
    standard: closed({ name: str, version: str, schema: uri }),
  },
};
// Associated items are ninjs items that also have a `name`, both required.
Object.assign(ninjsItem.properties, {
  associations: {
    type: 'array',
    items: { ...ninjsItem, properties: { ...ninjsItem.properties, name: str }, required: ['name', 'uri'] },
  },
});

describe('JSON-LD and ninjs', () => {
  test('each release page has a NewsArticle in its language, translations pointing at a built original', () => {
    for (const file of releasePages()) {
      const html = read(out, file);
      const lang = tags(html, 'html')[0]!.lang!;
      const article = jsonLd(html);
      expect(article).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        inLanguage: lang,
        url: `${base}/${file.replace(/index\.html$/, '')}`,
      });
      for (const key of ['headline', 'datePublished', 'dateModified', 'dateline', 'publisher', 'author'])
        expect(article, `${key} in ${file}`).toHaveProperty(key);
      const original = article.translationOfWork as { url: string } | undefined;
      const translations = (article.workTranslation as { url: string }[] | undefined) ?? [];
      expect(Boolean(original) || translations.length > 0).toBe(true);
      for (const target of [...(original ? [original] : []), ...translations])
        expect(existsSync(fileOf(out, target.url))).toBe(true);
    }
  });

  test('a title that tries to close the script stays inside it and parses back as written', () => {
    const html = read(hostile, 'en/2023/border-workshop/index.html');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head.match(/<\/script>/g)).toHaveLength(1);
    expect(jsonLd(html).headline).toBe(hostileTitle);
  });

  const ninjsAjv = new Ajv({ allErrors: true });
  ninjsAjv.addFormat('uri', (value: string) => URL.canParse(value));
  ninjsAjv.addFormat('date-time', (value: string) => rfc3339.test(value));
  const validateNinjs = ninjsAjv.compile(ninjsItem);

  test('each release page links its ninjs copy in <head> and visibly; the copy is its version, shaped as ninjs 2.1 allows', () => {
    for (const file of releasePages()) {
      const html = read(out, file);
      const lang = tags(html, 'html')[0]!.lang!;
      const ninjsLinks = tags(html, 'link').filter((link) => link.type === 'application/vnd.iptc.ninjs+json');
      const href = `/${file.replace(/index\.html$/, '')}ninjs.json`;
      expect(ninjsLinks).toEqual([expect.objectContaining({ rel: 'alternate', href })]);
      expect(tags(html, 'a')).toContainEqual(expect.objectContaining({ href }));
      const item = JSON.parse(read(out, href.slice(1)));
      expect(item).toMatchObject({
        type: 'text',
        language: lang,
        uri: `${base}${href.replace(/ninjs\.json$/, '')}`,
      });
      expect(item.standard.version).toBe('2.1');
      expect(validateNinjs(item), JSON.stringify(validateNinjs.errors)).toBe(true);
      expect(item).not.toHaveProperty('embargoed');
    }
  });
});

describe('embargo', () => {
  test('no feed, sitemap, vCard or ninjs copy names an embargoed or draft release or person', () => {
    const machine = filesUnder(out).filter((file) => /\.(atom|json|xml|vcf)$/.test(file));
    expect(machine.filter((file) => file.endsWith('.vcf')).length).toBe(8);
    for (const file of machine) {
      expect(file).not.toMatch(/canary/i);
      const text = read(out, file).toLowerCase();
      for (const canary of ['canary', 'hiddenname', '2099', '+41227304817'])
        expect(text, file).not.toContain(canary);
    }
  });
});
