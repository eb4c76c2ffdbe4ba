import { loadPressRoom } from '@communique/core';
import { describe, expect, test } from 'vitest';
import { publishSite } from '../src/index.ts';
import { fixtureRoom, now } from './helpers.ts';

const publish = (options: { now?: Date; preview?: boolean; baseUrl?: string } = {}) =>
  publishSite(loadPressRoom(fixtureRoom), {
    now: options.now ?? now,
    preview: options.preview ?? false,
    baseUrl: options.baseUrl,
  });

describe('the published model', () => {
  test('has one page per published version, at its (localised) slug, newest release first', () => {
    const site = publish();
    expect(site.releases.map((release) => release.id)).toEqual([
      '2024/portal-launch',
      '2023/border-workshop',
    ]);
    expect(site.pages.map((page) => page.url)).toEqual([
      '/en/2024/portal-launch/',
      '/fr/2024/portail-signalement/',
      '/ar/2024/portal-launch/',
      '/uk/2024/natsionalnyi-portal/',
      '/en/2023/border-workshop/',
      '/fr/2023/border-workshop/',
    ]);
  });

  test('gives every version of a release the same alternates: each version, itself included, and x-default to the original', () => {
    for (const release of publish().releases) {
      const expected = [
        ...release.versions.map((page) => ({ hreflang: page.lang, href: page.absoluteUrl })),
        { hreflang: 'x-default', href: release.original.absoluteUrl },
      ];
      for (const page of release.versions) expect(page.alternates).toEqual(expected);
    }
    const workshop = publish().releases.find((release) => release.id === '2023/border-workshop')!;
    expect(workshop.original.lang).toBe('fr');
    expect(workshop.versions[0]!.alternates.at(-1)).toEqual({
      hreflang: 'x-default',
      href: 'https://press.example.org/fr/2023/border-workshop/',
    });
  });

  test('sets direction, a translation notice naming the original in the page language, and the dateline', () => {
    const pages = publish().pages;
    const ar = pages.find((page) => page.lang === 'ar')!;
    expect(ar.dir).toBe('rtl');
    expect(ar.original).toEqual({ lang: 'en', name: 'الإنجليزية', url: '/en/2024/portal-launch/' });
    expect(ar.dateline.countryName).toBe('أوكرانيا');
    expect(ar.dateline.place).toBe('كييف، أوكرانيا');
    const fr = pages.find((page) => page.lang === 'fr' && page.releaseId === '2024/portal-launch')!;
    expect(fr.dir).toBe('ltr');
    expect(fr.original?.name).toBe('anglais');
    expect(fr.dateline.place).toBe('Kyiv (Ukraine)');
    expect(fr.dateline.date.datetime).toBe('2024-04-16T09:00:00+03:00');
    expect(fr.dateline.date.text).toContain('avril 2024');
    expect(pages[0]!.original).toBeUndefined();
  });

  test('formats key figures for each language and explains each with its sentence', () => {
    const pages = publish().pages;
    const figure = (lang: string, name: string) =>
      pages
        .find((page) => page.lang === lang && page.releaseId === '2024/portal-launch')!
        .figures.find((f) => f.name === name)!;
    expect(figure('en', 'funding').text).toBe(
      new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(1500000),
    );
    // French puts a no-break space (narrow or not) between number and percent sign.
    expect(figure('fr', 'women-share').text).toMatch(/^71[\u00a0\u202f]%$/);
    expect(figure('fr', 'women-share').context).toMatch(
      /^Parmi les analystes qui examinent les signalements, 71[\u00a0\u202f]% sont des femmes\.$/,
    );
    expect(figure('uk', 'partner-countries').context).toBe(
      'Портал приєднується до мережі з 54 країн-партнерів.',
    );
    expect(figure('ar', 'partner-countries').value).toBe(54);
  });

  test('contacts: role in the page language or the fallback it came from, tel: and mailto:, languages named in the page language', () => {
    const ar = publish().pages.find((page) => page.lang === 'ar')!;
    const [horbunova, martin] = ar.contacts;
    expect(horbunova).toMatchObject({
      name: 'Oksana Horbunova',
      role: { text: 'مسؤولة إعلامية', lang: 'ar', dir: 'rtl' },
      mailto: 'mailto:ohorbunova@iom.example.org',
      phone: { text: '+380 44 568 50 15', e164: '+380445685015', href: 'tel:+380445685015' },
      organisationName: { text: 'المنظمة الدولية للهجرة', lang: 'ar', dir: 'rtl' },
      vcardUrl: '/ar/contacts/horbunova.vcf',
    });
    expect(horbunova!.languages.map((l) => l.name)).toEqual(['الأوكرانية', 'الروسية', 'الإنجليزية']);
    expect(martin!.role).toEqual({ text: 'Spokesperson', lang: 'en', dir: 'ltr' });
    expect(martin!.mobile?.href).toBe('tel:+41792854366');
    expect(ar.organisations[0]!.about).toMatchObject({ lang: 'ar', dir: 'rtl' });
    const uk = publish().pages.find((page) => page.lang === 'uk')!;
    expect(uk.organisations[0]!.about?.lang).toBe('en');
  });

  test('media point at the release files under /media/, with each version’s alt text', () => {
    const fr = publish().pages.find((page) => page.lang === 'fr' && page.releaseId === '2024/portal-launch')!;
    expect(fr.media).toEqual([
      {
        file: 'portal.png',
        url: '/media/2024/portal-launch/portal.png',
        alt: 'La page d’accueil du portail sur un téléphone',
        caption: 'Le portail sur un téléphone.',
        credit: 'IOM/Example',
      },
    ]);
  });

  test('lists each language’s versions, then the releases it lacks by their original', () => {
    const site = publish();
    const en = site.language('en')!;
    expect(en.releases.map((page) => page.url)).toEqual([
      '/en/2024/portal-launch/',
      '/en/2023/border-workshop/',
    ]);
    expect(en.elsewhere).toEqual([]);
    const ar = site.language('ar')!;
    expect(ar.releases.map((page) => page.url)).toEqual(['/ar/2024/portal-launch/']);
    expect(ar.elsewhere.map((page) => page.url)).toEqual(['/fr/2023/border-workshop/']);
    expect(site.language('es')!.releases).toEqual([]);
    expect(site.language('es')!.title.text).toBe('Sala de prensa');
  });

  test('leaves out embargoed and draft releases, their topics, people and links, and says when the embargo lifts', () => {
    const site = publish();
    expect(site.releases.map((release) => release.id)).not.toContain('2025/zz-canary-embargo');
    expect(site.topics.map((topic) => topic.id)).toEqual(['migration', 'online-child-protection']);
    expect(site.contacts.map((person) => person.id)).toEqual(['horbunova', 'martin']);
    expect(site.releaseUrl('2025/zz-canary-embargo', 'en')).toBeUndefined();
    expect(site.releaseUrl('2023/border-workshop', 'ar')).toBe('/fr/2023/border-workshop/');
    expect(site.releaseUrl('2023/border-workshop', 'en')).toBe('/en/2023/border-workshop/');
    expect(site.nextPublication?.toISOString()).toBe('2099-01-01T00:00:00.000Z');
    const en = site.pages[0]!;
    expect(en.body).toContain('upcoming note');
    expect(en.body).not.toContain('zz-canary');
  });

  test('publishes an embargoed release once the build’s now passes its embargo', () => {
    const site = publish({ now: new Date('2099-01-01T00:00:00Z') });
    expect(site.releases[0]!.id).toBe('2025/zz-canary-embargo');
    expect(site.nextPublication).toBeUndefined();
    expect(site.pages.some((page) => page.title.includes('CANARYDRAFTTITLE'))).toBe(false);
  });

  test('preview includes drafts and embargoed releases, each flagged for a banner', () => {
    const site = publish({ preview: true });
    const flags = Object.fromEntries(site.releases.map((release) => [release.id, release.original.preview]));
    expect(flags['2024/portal-launch']).toBeUndefined();
    expect(flags['2025/zz-canary-draft']).toEqual({ state: 'draft', publishesAt: undefined });
    expect(flags['2025/zz-canary-embargo']).toMatchObject({
      state: 'embargoed',
      publishesAt: { datetime: '2099-01-01T00:00:00Z' },
    });
    expect(site.preview).toBe(true);
  });

  test('uses the baseUrl override for absolute URLs', () => {
    const site = publish({ baseUrl: 'https://staging.example.org/' });
    expect(site.pages[0]!.absoluteUrl).toBe('https://staging.example.org/en/2024/portal-launch/');
  });
});
