import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, read, section, tags, textOf } from './helpers.ts';

let out: string;
beforeAll(async () => {
  out = await buildFixture();
});

const releases: Record<string, Record<string, string>> = {
  '2024/portal-launch': {
    en: 'en/2024/portal-launch/index.html',
    fr: 'fr/2024/portail-signalement/index.html',
    ar: 'ar/2024/portal-launch/index.html',
    uk: 'uk/2024/natsionalnyi-portal/index.html',
  },
  '2023/border-workshop': {
    fr: 'fr/2023/border-workshop/index.html',
    en: 'en/2023/border-workshop/index.html',
  },
};
const originals: Record<string, string> = { '2024/portal-launch': 'en', '2023/border-workshop': 'fr' };
const page = (id: string, lang: string) => read(out, releases[id]![lang]!);
const absolute = (path: string) => `https://press.example.org/${path.replace(/index\.html$/, '')}`;

describe('release pages', () => {
  test.each(Object.keys(releases))(
    '%s: every version has <html lang dir>, its canonical and the same reciprocal alternates',
    (id) => {
      const versions = releases[id]!;
      const expected = [
        ...Object.entries(versions).map(([lang, path]) => ({
          rel: 'alternate',
          hreflang: lang,
          href: absolute(path),
        })),
        { rel: 'alternate', hreflang: 'x-default', href: absolute(versions[originals[id]!]!) },
      ];
      const byLang = (list: Record<string, string | undefined>[]) =>
        [...list].sort((a, b) => String(a.hreflang).localeCompare(String(b.hreflang)));
      for (const [lang, path] of Object.entries(versions)) {
        const html = read(out, path);
        expect(tags(html, 'html')[0]).toEqual({ lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
        const links = tags(html, 'link');
        expect(links.filter((link) => link.rel === 'canonical')).toEqual([
          { rel: 'canonical', href: absolute(path) },
        ]);
        expect(byLang(links.filter((link) => link.rel === 'alternate' && link.hreflang))).toEqual(
          byLang(expected),
        );
      }
    },
  );

  test('a labelled language switcher links the other versions by their own names, with hreflang and lang', () => {
    const nav = section(page('2024/portal-launch', 'uk'), /<nav class="languages"[\s\S]*?<\/nav>/);
    expect(tags(nav, 'nav')[0]).toMatchObject({ 'aria-label': 'Цей матеріал іншими мовами' });
    expect(tags(nav, 'a')).toEqual([
      { href: '/en/2024/portal-launch/', hreflang: 'en', lang: 'en', dir: 'ltr' },
      { href: '/fr/2024/portail-signalement/', hreflang: 'fr', lang: 'fr', dir: 'ltr' },
      { href: '/ar/2024/portal-launch/', hreflang: 'ar', lang: 'ar', dir: 'rtl' },
    ]);
    expect(nav.replace(/<[^>]+>/g, '|')).toMatch(/English\|.*Français\|.*العربية\|.*Українська/);
  });

  test('a translation names its original language in the page language and links it; the original says nothing', () => {
    const notice = section(
      page('2024/portal-launch', 'fr'),
      /<p class="notice notice-translation"[\s\S]*?<\/p>/,
    );
    expect(notice).toContain('Ceci est une traduction. La version originale est en ');
    expect(tags(notice, 'a')).toEqual([{ href: '/en/2024/portal-launch/', hreflang: 'en' }]);
    expect(textOf(page('2024/portal-launch', 'ar'), 'p', 'notice-translation')).toBe(
      'هذه ترجمة. النص الأصلي باللغة الإنجليزية.',
    );
    expect(textOf(page('2023/border-workshop', 'en'), 'p', 'notice-translation')).toBe(
      'This is a translation. The original version is in French.',
    );
    expect(page('2024/portal-launch', 'en')).not.toContain('notice-translation');
  });

  test('an updated release says when, with its change notes in the page language', () => {
    const updated = section(
      page('2024/portal-launch', 'uk'),
      /<section class="notice notice-updated"[\s\S]*?<\/section>/,
    );
    expect(updated.replace(/<[^>]+>/g, '')).toContain('Оновлено 17 квітня 2024');
    expect(updated).toContain('<time datetime="2024-04-17T12:00:00+03:00">');
    expect(updated).toContain('Виправлено кількість країн-партнерів.');
  });

  test.each([
    ['en', 'Kyiv, Ukraine', /^April 16, 2024$/],
    ['fr', 'Kyiv (Ukraine)', /^16 avril 2024$/],
    ['ar', 'كييف، أوكرانيا', /أبريل/],
    ['uk', 'Київ, Україна', /^16 квітня 2024/],
  ])('the %s dateline gives city, localised country and localised date', (lang, place, date) => {
    const html = page('2024/portal-launch', lang);
    expect(textOf(html, 'span', 'dateline-place')).toBe(place);
    const time = /<p class="dateline">[\s\S]*?<time datetime="([^"]+)"[^>]*>([^<]+)<\/time>/.exec(html)!;
    expect(time[1]).toBe('2024-04-16T09:00:00+03:00');
    expect(time[2]).toMatch(date);
  });

  test.each([
    ['en', '€1,500,000', '71%'],
    ['fr', '1\u202f500\u202f000', '71\u00a0%'],
    ['uk', '1\u00a0500\u00a0000', '71%'],
    ['ar', '1,500,000', '71%'],
  ])('key figures in %s are formatted for the language, each with its sentence', (lang, funding, share) => {
    const block = section(
      page('2024/portal-launch', lang),
      /<section class="key-figures"[\s\S]*?<\/section>/,
    );
    const values = [...block.matchAll(/<data class="figure-value" value="([^"]+)"><bdi>([^<]+)<\/bdi>/g)].map(
      (m) => [m[1], m[2]],
    );
    expect(values.map(([value]) => value)).toEqual(['54', '0.71', '1500000']);
    // Spaces may be no-break ones; Arabic numbers may carry direction marks.
    const normalise = (text: string) =>
      text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');
    expect(normalise(values[2]![1]!)).toContain(normalise(funding));
    expect(normalise(values[1]![1]!)).toBe(normalise(share));
    expect(block).toContain('class="figure-context"');
  });

  test('media: the image with its alt text, caption and credit, and the file beside the pages', () => {
    const html = page('2024/portal-launch', 'ar');
    expect(tags(html, 'img')).toEqual([
      {
        src: '/media/2024/portal-launch/portal.png',
        alt: 'الصفحة الرئيسية للبوابة على هاتف',
        loading: 'lazy',
        decoding: 'async',
      },
    ]);
    expect(textOf(html, 'span', 'caption')).toBe('البوابة على هاتف.');
    expect(textOf(html, 'small', 'credit')).toBe('الحقوق: IOM/Example');
    expect(existsSync(join(out, 'media/2024/portal-launch/portal.png'))).toBe(true);
  });

  test('contacts: name, localised role and organisation, tel: and mailto: links isolated left to right, languages spoken', () => {
    const contacts = section(page('2024/portal-launch', 'ar'), /<section id="contacts"[\s\S]*?<\/section>/);
    expect(contacts).toContain('>لمزيد من المعلومات، يُرجى التواصل مع</h2>');
    expect(contacts).toContain('<bdi>Oksana Horbunova</bdi>');
    expect(textOf(contacts, 'p', 'contact-role')).toBe('مسؤولة إعلامية، IOM');
    expect(contacts).toContain('<span lang="en" dir="ltr">Spokesperson</span>');
    const links = tags(contacts, 'a');
    expect(links).toContainEqual({ href: 'tel:+380445685015', dir: 'ltr' });
    expect(links).toContainEqual({ href: 'mailto:ohorbunova@iom.example.org', dir: 'ltr' });
    expect(links).toContainEqual({ href: 'tel:+41792854366', dir: 'ltr' });
    expect(contacts).toContain('الأوكرانية والروسية والإنجليزية');
    expect(page('2024/portal-launch', 'fr')).toContain('ukrainien, russe et anglais');
  });

  test('the organisations’ About text, in the page language when it has one', () => {
    const about = section(page('2024/portal-launch', 'fr'), /<section class="about"[\s\S]*<\/section>/);
    expect(about).toContain('Notes aux rédactions');
    expect(about).toContain('L’OIM est la <strong>principale</strong>');
    const uk = section(page('2024/portal-launch', 'uk'), /<section class="about"[\s\S]*<\/section>/);
    expect(uk).toContain('<div class="about-text" lang="en" dir="ltr">');
  });

  test('the body is the core’s sanitized HTML, links rewritten to the reader’s language, no script anywhere', () => {
    const ar = page('2024/portal-launch', 'ar');
    expect(ar).toContain('<a href="/fr/2023/border-workshop/"');
    expect(ar).toContain('<a href="/media/2024/portal-launch/annual-report.pdf"');
    expect(page('2024/portal-launch', 'en')).toContain('<a href="/en/2023/border-workshop/"');
    for (const versions of Object.values(releases))
      for (const path of Object.values(versions))
        expect(read(out, path)).not.toMatch(/<script(?! type="application\/ld\+json">)|\son\w+="/i);
  });
});
