import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../build.ts';
import { writeSearchIndex } from '../lib/search-index.ts';
import { buildFixture, filesUnder, fixtureRoom, now, read, section, tags, textOf } from './helpers.ts';

let out: string;
beforeAll(async () => {
  out = await buildFixture();
});

const languages = ['en', 'fr', 'ar', 'uk', 'es'];
const listingPaths = (lang: string) => [
  `${lang}/2024/index.html`,
  `${lang}/2023/index.html`,
  `${lang}/topics/migration/index.html`,
  `${lang}/topics/online-child-protection/index.html`,
  `${lang}/organisations/iom/index.html`,
];

/** Hrefs of the `<a>` tags in an HTML fragment. */
const hrefs = (html: string) => tags(html, 'a').map((a) => a.href);

/** Every Pagefind fragment (one per indexed page), decompressed: `{ url, content, meta, ... }`. */
function searchFragments(dir: string): { url: string; content: string; meta: Record<string, string> }[] {
  const folder = join(dir, 'pagefind', 'fragment');
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{')));
  });
}

describe('listings', () => {
  test('every language has a listing per year, topic and organisation of published releases, and a search page', () => {
    const files = filesUnder(out);
    for (const lang of languages) {
      expect(files).toEqual(expect.arrayContaining([...listingPaths(lang), `${lang}/search/index.html`]));
    }
    // The embargoed and draft releases are the only ones of 2025 and the only ones with `canary-topic`.
    expect(files.filter((file) => /(^|\/)2025\/|canary/i.test(file))).toEqual([]);
  });

  test('a topic listing shows the versions in its language, with reciprocal hreflang alternates', () => {
    const html = read(out, 'fr/topics/online-child-protection/index.html');
    expect(tags(html, 'html')[0]).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(textOf(html, 'span', 'listing-name')).toBe('online child protection');
    expect(section(html, /<h1>[\s\S]*?<\/h1>/)).toContain('Thème\u00a0: ');
    const list = section(html, /<ul class="release-list">[\s\S]*?<\/ul>/);
    expect(hrefs(list)).toEqual(['/fr/2024/portail-signalement/']);
    const alternates = tags(html, 'link').filter((link) => link.rel === 'alternate' && link.hreflang);
    expect(alternates.map((link) => [link.hreflang, link.href])).toEqual([
      ...languages.map((lang) => [lang, `https://press.example.org/${lang}/topics/online-child-protection/`]),
      ['x-default', 'https://press.example.org/en/topics/online-child-protection/'],
    ]);
    // The switcher leads to the same listing in the other languages.
    const switcher = section(html, /<nav class="languages"[\s\S]*?<\/nav>/);
    expect(hrefs(switcher)).toContain('/ar/topics/online-child-protection/');
  });

  test('a listing in a language without versions says so and offers the originals, marked with their language', () => {
    const html = read(out, 'es/2024/index.html');
    expect(html).toContain('class="empty"');
    const elsewhere = section(html, /<section class="elsewhere"[\s\S]*?<\/section>/);
    expect(tags(elsewhere, 'li')[0]).toMatchObject({ class: 'release-item', lang: 'en', dir: 'ltr' });
    expect(hrefs(elsewhere)).toContain('/en/2024/portal-launch/');
  });

  test('an organisation listing is titled with the name in the page language, newest release first', () => {
    const html = read(out, 'fr/organisations/iom/index.html');
    expect(textOf(html, 'span', 'listing-name')).toBe('Organisation internationale pour les migrations');
    const list = section(html, /<ul class="release-list">[\s\S]*?<\/ul>/);
    expect(hrefs(list)).toEqual(['/fr/2024/portail-signalement/', '/fr/2023/border-workshop/']);
  });

  test('the language listing links every year, topic and organisation listing of its language', () => {
    const browse = section(read(out, 'ar/index.html'), /<nav class="browse"[\s\S]*?<\/nav>/);
    expect(hrefs(browse)).toEqual([
      '/ar/2024/',
      '/ar/2023/',
      '/ar/topics/migration/',
      '/ar/topics/online-child-protection/',
      '/ar/organisations/iom/',
    ]);
    // Topic ids have no translations: they keep the language they are written in.
    expect(tags(browse, 'a')[2]).toMatchObject({ lang: 'en', dir: 'ltr' });
  });

  test('a release page links its topics and organisations to their listings in its language', () => {
    const html = read(out, 'uk/2024/natsionalnyi-portal/index.html');
    const nav = section(html, /<nav class="release-topics"[\s\S]*?<\/nav>/);
    expect(hrefs(nav)).toEqual(['/uk/topics/online-child-protection/', '/uk/organisations/iom/']);
    expect(nav).toContain('data-pagefind-ignore="all"');
  });

  test('the 404 page offers each language’s listing and search page', () => {
    const html = read(out, '404.html');
    const list = section(html, /<ul class="not-found-languages">[\s\S]*?<\/ul>/);
    expect(hrefs(list)).toEqual(languages.flatMap((lang) => [`/${lang}/`, `/${lang}/search/`]));
  });
});

describe('search', () => {
  test('every page has a search entry in its header, to its language’s search page', () => {
    for (const file of filesUnder(out).filter((path) => path.endsWith('.html') && path !== 'index.html')) {
      const html = read(out, file);
      const lang = tags(html, 'html')[0]!.lang!;
      const header = section(html, /<header class="site-header">[\s\S]*?<\/header>/);
      expect(
        tags(header, 'a').find((a) => a.class === 'site-search'),
        file,
      ).toMatchObject({
        href: `/${lang}/search/`,
      });
    }
  });

  test('a search page is a GET form to itself that says what to do without JavaScript', () => {
    const html = read(out, 'fr/search/index.html');
    expect(tags(html, 'form')).toEqual([{ method: 'get', action: '/fr/search/' }]);
    expect(tags(html, 'input')).toEqual([
      expect.objectContaining({ id: 'search-query', name: 'q', type: 'search' }),
    ]);
    expect(tags(html, 'label')).toEqual([{ for: 'search-query' }]);
    expect(section(html, /<noscript>[\s\S]*?<\/noscript>/)).toContain('La recherche a besoin de JavaScript');
    // Without JavaScript, the listings are the way in.
    expect(hrefs(section(html, /<nav class="browse"[\s\S]*?<\/nav>/))).toContain('/fr/topics/migration/');
    expect(tags(html, 'script')).toEqual([{ type: 'module', src: '/scripts/search.js' }]);
    const strings = JSON.parse(tags(html, 'div').find((div) => div.id === 'search')!['data-strings']!);
    expect(strings.results).toBe('Communiqués correspondant à «\u00a0{query}\u00a0»');
    expect(read(out, 'scripts/search.js')).toContain('import(root.dataset.pagefind)');
  });

  test('the index holds the release pages only, split by language, and nothing embargoed', () => {
    const entry = JSON.parse(read(out, 'pagefind/pagefind-entry.json'));
    expect(Object.keys(entry.languages).sort()).toEqual(['ar', 'en', 'fr', 'uk']);
    const fragments = searchFragments(out);
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(
      [
        '/ar/2024/portal-launch/',
        '/en/2023/border-workshop/',
        '/en/2024/portal-launch/',
        '/fr/2023/border-workshop/',
        '/fr/2024/portail-signalement/',
        '/uk/2024/natsionalnyi-portal/',
      ].sort(),
    );
    const fr = fragments.find((fragment) => fragment.url === '/fr/2024/portail-signalement/')!;
    expect(fr.meta.title).toBe('L’Ukraine ouvre un portail national de signalement des images d’abus');
    expect(fr.meta.date).toMatch(/2024/);
    for (const fragment of fragments) expect(JSON.stringify(fragment)).not.toMatch(/CANARY/i);
  });
});

describe('search index step', () => {
  test('reports the release pages it indexed and the languages of the index, and rewrites it in place', async () => {
    expect(await writeSearchIndex(out)).toEqual({
      pages: 6,
      languages: ['ar', 'en', 'fr', 'uk'],
      indexed: ['ar', 'en', 'fr', 'uk'],
    });
    expect(searchFragments(out)).toHaveLength(6);
  });
});

test('with the cache, the index is made beside Eleventy; a build that fails meanwhile leaves no index work running', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'communique-index-cache-'));
  const built = mkdtempSync(join(tmpdir(), 'communique-index-early-'));
  await buildSite({ content: fixtureRoom, now, outDir: built, cache });
  // The same index as the build without the cache, which indexes once Eleventy is done.
  const byUrl = (dir: string) => searchFragments(dir).sort((a, b) => a.url.localeCompare(b.url));
  expect(byUrl(built)).toEqual(byUrl(out));

  // A fresh cache: Pagefind runs. Eleventy fails once the release pages are written.
  const failed = mkdtempSync(join(tmpdir(), 'communique-index-failed-'));
  const failure = buildSite({
    content: fixtureRoom,
    now,
    outDir: failed,
    cache: mkdtempSync(join(tmpdir(), 'communique-index-cache-')),
    onReleaseFiles: () => {
      throw new Error('a template failed');
    },
  });
  await expect(failure).rejects.toThrow('a template failed');
  // Nothing is left running that could write into the folder the caller now removes.
  expect(pagefindChildren()).toEqual([]);
  expect(readdirSync(failed).filter((name) => name.startsWith('.pagefind'))).toEqual([]);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(existsSync(join(failed, 'pagefind'))).toBe(false);
});

/** Pagefind processes this process started and that are still alive. */
function pagefindChildren(): string[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const status = readFileSync(join('/proc', pid, 'status'), 'utf8');
        return /^Name:\s*pagefind/m.test(status) && new RegExp(`^PPid:\\s*${process.pid}$`, 'm').test(status);
      } catch {
        return false;
      }
    });
}

describe('topic labels from site.yaml', () => {
  test('a topic listing and the release page links are named by the label in their language, else the first language marked as such', async () => {
    const room = mkdtempSync(join(tmpdir(), 'communique-topics-'));
    cpSync(fixtureRoom, room, { recursive: true });
    const site = join(room, 'site.yaml');
    writeFileSync(
      site,
      `${readFileSync(site, 'utf8')}topics:\n  migration: { en: Migration, fr: Réfugiés et migrations }\n  online-child-protection: { en: Child protection online, fr: Protection des enfants en ligne }\n`,
    );
    const built = await buildFixture({ content: room });
    const fr = read(built, 'fr/topics/online-child-protection/index.html');
    expect(textOf(fr, 'span', 'listing-name')).toBe('Protection des enfants en ligne');
    // Topics are listed by the name a French reader sees, not by id.
    const browse = section(read(built, 'fr/index.html'), /<nav class="browse"[\s\S]*?<\/nav>/);
    expect(hrefs(browse).filter((href) => href?.includes('/topics/'))).toEqual([
      '/fr/topics/online-child-protection/',
      '/fr/topics/migration/',
    ]);
    const uk = read(built, 'uk/2024/natsionalnyi-portal/index.html');
    const nav = section(uk, /<nav class="release-topics"[\s\S]*?<\/nav>/);
    const link = tags(nav, 'a').find((a) => a.href === '/uk/topics/online-child-protection/');
    // No Ukrainian label: the English one, marked English for screen readers and hyphenation.
    expect(link).toMatchObject({ lang: 'en' });
    expect(nav).toContain('Child protection online');
  });
});

describe('listing URLs from content', () => {
  test('topic ids that name other folders, or collide once made safe, get safe and distinct segments', async () => {
    const room = mkdtempSync(join(tmpdir(), 'communique-hostile-'));
    cpSync(fixtureRoom, room, { recursive: true });
    const file = join(room, 'releases', '2023', 'border-workshop', 'fr.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'topics: [migration]',
        'topics: [migration, Migration, "../../../escaped", "a/b", ".hidden", "Émigration"]',
      ),
    );
    const built = await buildFixture({ content: room });
    const topics = filesUnder(built)
      .filter((path) => path.startsWith('en/topics/'))
      .map((path) => path.slice('en/topics/'.length));
    expect(topics.sort()).toEqual(
      [
        'a-b/index.html',
        'escaped/index.html',
        'hidden/index.html',
        'migration/index.html',
        'migration-2/index.html',
        'online-child-protection/index.html',
        'émigration/index.html',
      ].sort(),
    );
    expect(existsSync(join(built, '..', 'escaped'))).toBe(false);
    expect(existsSync(join(room, 'escaped'))).toBe(false);
  });
});
