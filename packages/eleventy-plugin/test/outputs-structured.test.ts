import { describe, expect, test } from 'vitest';
import { newsArticle, ninjs, ninjsPath, scriptJson } from '../src/index.ts';
import { hostileRoom, hostileTitle, publishFixture } from './outputs-helpers.ts';

const base = 'https://press.example.org';

describe('JSON-LD NewsArticle', () => {
  test('a translation names its language, dates with offsets, dateline, publisher and the original it translates', () => {
    const site = publishFixture();
    const fr = site.pages.find((page) => page.url === '/fr/2024/portail-signalement/')!;
    expect(newsArticle(site, fr)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': `${base}/fr/2024/portail-signalement/`,
      url: `${base}/fr/2024/portail-signalement/`,
      mainEntityOfPage: `${base}/fr/2024/portail-signalement/`,
      inLanguage: 'fr',
      headline: 'L’Ukraine ouvre un portail national de signalement des images d’abus',
      description: fr.summary,
      datePublished: '2024-04-16T09:00:00+03:00',
      dateModified: '2024-04-17T12:00:00+03:00',
      dateline: fr.dateline.place,
      publisher: [
        {
          '@type': 'Organization',
          name: 'Organisation internationale pour les migrations',
          alternateName: 'OIM',
          url: 'https://www.iom.example.org',
        },
      ],
      author: newsArticle(site, fr).publisher,
      image: [`${base}/media/2024/portal-launch/portal.png`],
      keywords: ['online child protection'],
      translationOfWork: {
        '@type': 'NewsArticle',
        '@id': `${base}/en/2024/portal-launch/`,
        url: `${base}/en/2024/portal-launch/`,
        inLanguage: 'en',
      },
    });
    expect(fr.dateline.place).toContain('Kyiv');
  });

  test('the original lists every published translation and translates nothing', () => {
    const site = publishFixture();
    const en = site.pages.find((page) => page.url === '/en/2024/portal-launch/')!;
    const article = newsArticle(site, en);
    expect(article.translationOfWork).toBeUndefined();
    expect(article.workTranslation?.map((work) => [work.inLanguage, work.url])).toEqual([
      ['fr', `${base}/fr/2024/portail-signalement/`],
      ['ar', `${base}/ar/2024/portal-launch/`],
      ['uk', `${base}/uk/2024/natsionalnyi-portal/`],
    ]);
    const workshop = site.pages.find((page) => page.url === '/fr/2023/border-workshop/')!;
    expect(newsArticle(site, workshop).workTranslation?.map((work) => work.inLanguage)).toEqual(['en']);
    expect(newsArticle(site, workshop).image).toBeUndefined();
  });

  test('serialised for a script element, nothing in a title can close it, and it parses back to the same object', () => {
    const site = publishFixture(hostileRoom());
    const page = site.pages.find((candidate) => candidate.url === '/en/2023/border-workshop/')!;
    const article = newsArticle(site, page);
    expect(article.headline).toBe(hostileTitle);
    const json = scriptJson(article);
    expect(json).not.toMatch(/<|>|&/);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(article);
    expect(JSON.parse(scriptJson({ text: 'a\u2028b' }))).toEqual({ text: 'a\u2028b' });
    expect(scriptJson({ text: 'a\u2028b' })).not.toContain('\u2028');
  });
});

describe('IPTC ninjs', () => {
  test('a version as a ninjs 2.1 text item: language, headline, summary, HTML body, dates, place, topics', () => {
    const site = publishFixture();
    const uk = site.pages.find((page) => page.lang === 'uk')!;
    const item = ninjs(site, uk);
    expect(item).toMatchObject({
      standard: {
        name: 'ninjs',
        version: '2.1',
        schema: 'https://www.iptc.org/std/ninjs/ninjs-schema_2.1.json',
      },
      uri: `${base}/uk/2024/natsionalnyi-portal/`,
      type: 'text',
      language: 'uk',
      pubstatus: 'usable',
      profile: 'press-release',
      firstcreated: '2024-04-16T09:00:00+03:00',
      versioncreated: '2024-04-17T12:00:00+03:00',
      headlines: [{ role: 'main', contenttype: 'text/plain', value: uk.title }],
      located: uk.dateline.place,
      subjects: [{ name: 'online child protection', rel: 'topic', literal: 'online-child-protection' }],
      altids: [
        { role: 'release', value: '2024/portal-launch' },
        { role: 'original', value: `${base}/en/2024/portal-launch/` },
      ],
    });
    expect(item).not.toHaveProperty('embargoed');
    expect(item.descriptions).toEqual([
      { role: 'summary', contenttype: 'text/plain', value: uk.summary },
      {
        role: 'change',
        contenttype: 'text/plain',
        value: '2024-04-17T12:00:00+03:00 Виправлено кількість країн-партнерів.',
      },
    ]);
    expect(item.places).toContainEqual({ name: 'Україна', rel: 'located', literal: 'iso3166-1a2:UA' });
    expect(item.bodies).toHaveLength(1);
    expect(item.bodies[0]).toMatchObject({ role: 'main', contenttype: 'text/html' });
    expect(item.renditions).toContainEqual({
      name: 'ninjs',
      href: `${base}${ninjsPath(uk.url)}`,
      contenttype: 'application/json',
    });
    expect(item.associations).toEqual([
      expect.objectContaining({
        type: 'picture',
        uri: `${base}/media/2024/portal-launch/portal.png`,
        by: 'IOM/Example',
      }),
    ]);
  });

  test('the body keeps its HTML with links made absolute, and never links an unpublished release', () => {
    const site = publishFixture();
    const en = site.pages.find((page) => page.url === '/en/2024/portal-launch/')!;
    const body = ninjs(site, en).bodies[0]!.value;
    expect(body).toContain(`href="${base}/media/2024/portal-launch/annual-report.pdf"`);
    expect(body).toContain(`href="${base}/en/2023/border-workshop/"`);
    expect(body).not.toMatch(/\s(?:href|src)="\/(?!\/)/);
    expect(body.toLowerCase()).not.toContain('canary');
  });

  test('contacts are contact info of the organisation they speak for: E.164 phones and email, named with their role', () => {
    const site = publishFixture();
    const fr = site.pages.find((page) => page.url === '/fr/2024/portail-signalement/')!;
    expect(ninjs(site, fr).infosources).toEqual([
      {
        name: 'Organisation internationale pour les migrations',
        role: 'originator',
        uri: 'https://www.iom.example.org',
        literal: 'iom',
        contactinfo: [
          {
            type: 'phone',
            role: 'work',
            name: 'Oksana Horbunova, Chargée de communication',
            value: '+380445685015',
          },
          {
            type: 'email',
            role: 'work',
            name: 'Oksana Horbunova, Chargée de communication',
            value: 'ohorbunova@iom.example.org',
          },
          { type: 'phone', role: 'work', name: 'Claire Martin, Porte-parole', value: '+41227179111' },
          { type: 'mobile', role: 'work', name: 'Claire Martin, Porte-parole', value: '+41792854366' },
          {
            type: 'email',
            role: 'work',
            name: 'Claire Martin, Porte-parole',
            value: 'cmartin@iom.example.org',
          },
        ],
      },
    ]);
  });

  test('in a preview build, an embargoed version is withheld until its embargo and a draft is withheld', () => {
    const site = publishFixture(undefined, true);
    const embargoed = site.pages.find((page) => page.releaseId === '2025/zz-canary-embargo')!;
    expect(ninjs(site, embargoed)).toMatchObject({
      pubstatus: 'withheld',
      embargoed: expect.stringMatching(/^2099-/),
    });
    const draft = site.pages.find((page) => page.releaseId === '2025/zz-canary-draft')!;
    expect(ninjs(site, draft).pubstatus).toBe('withheld');
    expect(ninjs(site, draft)).not.toHaveProperty('embargoed');
    const published = site.pages.find((page) => page.releaseId === '2024/portal-launch')!;
    expect(ninjs(site, published).pubstatus).toBe('usable');
  });

  test('only published versions have one: no page of an embargoed or draft release exists to describe', () => {
    const site = publishFixture();
    const all = JSON.stringify(site.pages.map((page) => [ninjs(site, page), newsArticle(site, page)]));
    for (const canary of ['canary', 'Canaryperson', '2099', '+41227304817'])
      expect(all).not.toContain(canary);
  });
});
