import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, filesUnder, read, section, tags } from './helpers.ts';

let out: string;
beforeAll(async () => {
  out = await buildFixture();
});

const languages = ['en', 'fr', 'ar', 'uk', 'es'];

describe('site pages', () => {
  test('builds the chooser, a listing per language, the release pages, the stylesheet, the media and a 404', () => {
    // Feeds, the sitemap, vCards and ninjs copies are checked in machine-outputs.test.ts.
    const machineReadable =
      /(^|\/)(feed\.atom|feed\.json|ninjs\.json|sitemap\.xml)$|^[^/]+\/contacts\/[^/]+\.vcf$/;
    // Listings, search pages, the Pagefind index, the search script and the icon: listings.test.ts.
    const listingsAndSearch =
      /^[^/]+\/(search\/index\.html|topics\/|organisations\/|\d{4}\/index\.html)|^pagefind\/|^scripts\/search\.js$|^favicon\.svg$/;
    expect(
      filesUnder(out).filter((file) => !machineReadable.test(file) && !listingsAndSearch.test(file)),
    ).toEqual(
      [
        '404.html',
        'index.html',
        'styles/site.css',
        'media/2024/portal-launch/portal.png',
        'media/2024/portal-launch/annual-report.pdf',
        ...languages.map((lang) => `${lang}/index.html`),
        'en/2024/portal-launch/index.html',
        'fr/2024/portail-signalement/index.html',
        'ar/2024/portal-launch/index.html',
        'uk/2024/natsionalnyi-portal/index.html',
        'en/2023/border-workshop/index.html',
        'fr/2023/border-workshop/index.html',
      ].sort(),
    );
  });

  test('/ is the x-default: it lists every site language by its own name, each link in its language', () => {
    const html = read(out, 'index.html');
    const links = tags(html, 'link');
    expect(links).toContainEqual({
      rel: 'alternate',
      hreflang: 'x-default',
      href: 'https://press.example.org/',
    });
    for (const lang of languages)
      expect(links).toContainEqual({
        rel: 'alternate',
        hreflang: lang,
        href: `https://press.example.org/${lang}/`,
      });
    const choice = section(html, /<ul class="language-choice">[\s\S]*?<\/ul>/);
    expect(tags(choice, 'li').map((li) => li.lang)).toEqual(languages);
    expect(tags(choice, 'a').map((a) => a.href)).toEqual(languages.map((lang) => `/${lang}/`));
    for (const name of ['English', 'Français', 'العربية', 'Українська', 'Español'])
      expect(choice).toContain(name);
  });

  test('a language listing shows its versions newest first, then the releases it lacks, labelled, in their own language', () => {
    const en = read(out, 'en/index.html');
    const enTitles = [...en.matchAll(/<h2 class="release-item-title"><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(enTitles).toEqual(['/en/2024/portal-launch/', '/en/2023/border-workshop/']);
    expect(en).not.toContain('class="elsewhere"');
    const ar = read(out, 'ar/index.html');
    expect(tags(ar, 'html')[0]).toEqual({ lang: 'ar', dir: 'rtl' });
    const elsewhere = section(ar, /<section class="elsewhere"[\s\S]*?<\/section>/);
    expect(elsewhere).toContain('متاحة بلغات أخرى');
    expect(tags(elsewhere, 'li')[0]).toMatchObject({ lang: 'fr', dir: 'ltr' });
    expect(elsewhere).toContain('Atelier sur la gestion des frontières à Genève');
    const es = read(out, 'es/index.html');
    expect(es).toContain('Todavía no se ha publicado ningún comunicado en este idioma.');
  });

  test('the 404 page offers every language’s listing in that language', () => {
    const html = read(out, '404.html');
    expect(html).toContain('Page not found');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
    expect(html).toContain('<li lang="fr" dir="ltr"><a href="/fr/" hreflang="fr">Tous les communiqués</a>');
  });

  test('pages need no JavaScript and link one stylesheet', () => {
    for (const file of filesUnder(out).filter((path) => path.endsWith('.html'))) {
      // Search pages are the one exception: their form works without it (listings.test.ts).
      if (/^[^/]+\/search\//.test(file)) continue;
      const html = read(out, file);
      // JSON-LD is data, not script: machine-outputs.test.ts checks it cannot be broken out of.
      expect(html, file).not.toMatch(/<script(?! type="application\/ld\+json">)/i);
      expect(tags(html, 'link').filter((link) => link.rel === 'stylesheet')).toEqual([
        { rel: 'stylesheet', href: '/styles/site.css' },
      ]);
    }
  });

  test('the stylesheet uses logical properties only, so right-to-left pages mirror', () => {
    const css = readFileSync(join(import.meta.dirname, '..', 'styles', 'site.css'), 'utf8');
    expect(css).not.toMatch(/(?:margin|padding|border)-(?:left|right)\b/);
    expect(css).not.toMatch(/(?:^|[\s;{])(?:left|right)\s*:/m);
    expect(css).not.toMatch(/(?:text-align|float|clear)\s*:\s*(?:left|right)/);
  });
});
