import { describe, expect, test } from 'vitest';
import { atomFeed, feedData, jsonFeed, sitemapFiles, sitemapUrls, sitemapXml } from '../src/index.ts';
import { hostileRoom, hostileTitle, hostileTopic, publishFixture } from './outputs-helpers.ts';

const base = 'https://press.example.org';

describe('feeds', () => {
  test('a language’s feed holds its versions newest first, each with dates as written and updated from its change notes', () => {
    const site = publishFixture();
    const data = feedData(site, site.language('fr')!);
    expect(data).toMatchObject({
      lang: 'fr',
      title: 'Salle de presse d’exemple',
      homeUrl: `${base}/fr/`,
      atomUrl: `${base}/fr/feed.atom`,
      jsonUrl: `${base}/fr/feed.json`,
      updated: '2024-04-17T12:00:00+03:00',
    });
    expect(data.entries.map((entry) => [entry.url, entry.published, entry.modified])).toEqual([
      [`${base}/fr/2024/portail-signalement/`, '2024-04-16T09:00:00+03:00', '2024-04-17T12:00:00+03:00'],
      [`${base}/fr/2023/border-workshop/`, '2023-09-12T10:00:00+02:00', '2023-09-12T10:00:00+02:00'],
    ]);
  });

  test('change notes lead the entry’s content, in its language, and links in the body are absolute', () => {
    const site = publishFixture();
    const [portal, workshop] = feedData(site, site.language('fr')!).entries;
    expect(portal!.contentHtml).toMatch(
      /^<aside class="updated"><p><strong>Mis à jour le 17 avril 2024<\/strong><\/p><ul><li><time datetime="2024-04-17T12:00:00\+03:00">17 avril 2024<\/time> — Correction du nombre de pays partenaires\.<\/li><\/ul><\/aside><p>/,
    );
    expect(portal!.contentHtml).toContain(`href="${base}/fr/2023/border-workshop/"`);
    expect(portal!.contentHtml).not.toMatch(/\s(?:href|src)="\/(?!\/)/);
    expect(workshop!.contentHtml.startsWith('<p>')).toBe(true);
  });

  test('a language with no version has an empty feed, updated at the build', () => {
    const site = publishFixture();
    const data = feedData(site, site.language('es')!);
    expect(data.entries).toEqual([]);
    expect(data.updated).toBe(site.now.toISOString());
    expect(jsonFeed(data).items).toEqual([]);
  });

  test('a preview build shows drafts and embargoed releases on pages, never in feeds or the sitemap', () => {
    const site = publishFixture(undefined, true);
    expect(site.pages.some((page) => page.releaseId.includes('canary'))).toBe(true);
    const feed = feedData(site, site.language('en')!);
    expect(feed.entries.map((entry) => entry.url)).toEqual([
      `${base}/en/2024/portal-launch/`,
      `${base}/en/2023/border-workshop/`,
    ]);
    // (A previewed body may link a previewed release; the entries themselves are only published ones.)
    expect([...atomFeed(feed).matchAll(/<id>([^<]+)<\/id>/g)].map((match) => match[1])).toEqual([
      `${base}/en/`,
      ...feed.entries.map((entry) => entry.id),
    ]);
    const pages = sitemapUrls(site).map((url) => url.loc);
    for (const page of site.pages.filter((candidate) => candidate.preview))
      expect(pages).not.toContain(page.absoluteUrl);
  });

  test('a feed carries at most `limit` entries, the newest', () => {
    const site = publishFixture();
    expect(feedData(site, site.language('en')!, 1).entries.map((entry) => entry.url)).toEqual([
      `${base}/en/2024/portal-launch/`,
    ]);
  });

  test('JSON Feed 1.1: version, language, authors, and per item id, url, title, summary, content_html, dates, language', () => {
    const site = publishFixture();
    const feed = jsonFeed(feedData(site, site.language('ar')!));
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      language: 'ar',
      authors: [{ name: 'غرفة الصحافة', url: `${base}/` }],
      feed_url: `${base}/ar/feed.json`,
    });
    expect(feed.items[0]).toMatchObject({
      id: `${base}/ar/2024/portal-launch/`,
      url: `${base}/ar/2024/portal-launch/`,
      language: 'ar',
      date_published: '2024-04-16T09:00:00+03:00',
      date_modified: '2024-04-17T12:00:00+03:00',
      authors: [{ name: 'المنظمة الدولية للهجرة', url: 'https://www.iom.example.org' }],
      // The fixture's site.yaml gives no topic labels: the id, hyphens read as spaces.
      tags: ['online child protection'],
      image: `${base}/media/2024/portal-launch/portal.png`,
    });
    expect(Object.keys(feed.items[0]!)).toEqual(expect.arrayContaining(['title', 'summary', 'content_html']));
  });

  test('Atom keeps hostile titles as text: escaped for type="html", every ]]> neutralised, xml:lang on the feed', () => {
    const site = publishFixture(hostileRoom());
    const xml = atomFeed(feedData(site, site.language('en')!));
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    // Inside CDATA sections only the closing ]]> may appear.
    const cdata = [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((match) => match[1]!);
    expect(cdata.length).toBeGreaterThan(0);
    const outside = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
    expect(outside).not.toContain(']]>');
    expect(outside).not.toContain('<b>');
    const title = cdata.find((text) => text.startsWith('Workshop'))!;
    expect(title).toBe(
      hostileTitle
        .replaceAll('&', '&amp;')
        .replaceAll('<', '&lt;')
        .replaceAll('>', '&gt;')
        .replaceAll('"', '&quot;'),
    );
    const content = cdata.find((text) => text.includes('take part'))!;
    expect(content).toContain('take part ]]&gt; in the ]]&gt; workshop');
  });

  test('entries carry their topics: the id as term, the label in the feed language as label, escaped', () => {
    const site = publishFixture(hostileRoom());
    const en = atomFeed(feedData(site, site.language('en')!));
    const label = hostileTopic
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;');
    expect(en).toContain(`label="${label}"`);
    expect(en).toContain('term="migration"');
    const fr = jsonFeed(feedData(site, site.language('fr')!));
    expect(fr.items.some((item) => item.tags?.includes('Migrations'))).toBe(true);
  });
});

describe('sitemap', () => {
  test('lists the chooser, each listing and every version with its hreflang alternates and x-default', () => {
    const site = publishFixture();
    const urls = sitemapUrls(site);
    const locs = urls.map((url) => url.loc);
    expect(locs.slice(0, 6)).toEqual([
      `${base}/`,
      ...['en', 'fr', 'ar', 'uk', 'es'].map((lang) => `${base}/${lang}/`),
    ]);
    for (const page of site.pages) {
      const entry = urls.find((url) => url.loc === page.absoluteUrl)!;
      expect(entry.alternates).toEqual(page.alternates);
      expect(entry.alternates.at(-1)?.hreflang).toBe('x-default');
    }
    for (const listing of site.listings.all) expect(locs).toContain(listing.absoluteUrl);
    expect(urls.find((url) => url.loc === `${base}/uk/2024/natsionalnyi-portal/`)?.lastmod).toBe(
      '2024-04-17T12:00:00+03:00',
    );
    expect(urls.find((url) => url.loc === `${base}/es/`)?.lastmod).toBeUndefined();
    expect(new Set(locs).size).toBe(locs.length);
  });

  test('writes the sitemaps.org namespace and xhtml:link elements', () => {
    const xml = sitemapXml(publishFixture());
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
      ),
    ).toBe(true);
    expect(xml).toContain(
      `<xhtml:link rel="alternate" hreflang="x-default" href="${base}/en/2024/portal-launch/"/>`,
    );
    expect(xml.toLowerCase()).not.toContain('canary');
  });

  test('past the URL limit, /sitemap.xml becomes an index of numbered sitemaps that hold every URL once', () => {
    const site = publishFixture();
    const all = sitemapUrls(site).map((url) => url.loc);
    expect(sitemapFiles(site).map((file) => file.path)).toEqual(['/sitemap.xml']);
    expect(sitemapFiles(site)[0]!.xml).toBe(sitemapXml(site));
    const files = sitemapFiles(site, 4);
    const parts = Math.ceil(all.length / 4);
    expect(files.map((file) => file.path)).toEqual([
      '/sitemap.xml',
      ...Array.from({ length: parts }, (_, n) => `/sitemap-${n + 1}.xml`),
    ]);
    const index = files[0]!.xml;
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual(
      files.slice(1).map((file) => `${base}${file.path}`),
    );
    const listed = files
      .slice(1)
      .flatMap((file) => [...file.xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    expect(listed).toEqual(all);
    for (const file of files.slice(1)) expect(file.xml.match(/<url>/g)!.length).toBeLessThanOrEqual(4);
  });
});
