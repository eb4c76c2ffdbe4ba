import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Eleventy } from '@11ty/eleventy';
import { describe, expect, test } from 'vitest';
import { communique, type PublishedSite } from '../src/index.ts';
import { buildInMemory, copyOfFixture, emptyDir, fixtureRoom, now, releaseTemplates } from './helpers.ts';

const byUrl = (pages: { url: string | false; content: string }[]) =>
  new Map(pages.map((page) => [String(page.url), page.content]));

/** Every message in an error and its causes (Eleventy wraps plugin errors). */
function messages(error: unknown): string {
  const found: string[] = [];
  for (let current = error; current instanceof Error; ) {
    found.push(current.message);
    current = (current as { originalError?: unknown }).originalError ?? current.cause;
  }
  return found.join('\n');
}

describe('the plugin in Eleventy', () => {
  test('gives templates the model as global data: one page per published version and per language', async () => {
    const pages = byUrl(await buildInMemory({ content: fixtureRoom, now }));
    expect([...pages.keys()].sort()).toEqual(
      [
        '/ar/',
        '/ar/2024/portal-launch/',
        '/en/',
        '/en/2023/border-workshop/',
        '/en/2024/portal-launch/',
        '/es/',
        '/everything.json',
        '/fr/',
        '/fr/2023/border-workshop/',
        '/fr/2024/portail-signalement/',
        '/uk/',
        '/uk/2024/natsionalnyi-portal/',
      ].sort(),
    );
    const uk = JSON.parse(pages.get('/uk/2024/natsionalnyi-portal/')!);
    expect(uk).toMatchObject({ lang: 'uk', dir: 'ltr', title: expect.stringContaining('Україна') });
    expect(uk.body).toContain('<data value="54">');
  });

  test('adds filters for templates in other languages', async () => {
    const pages = await buildInMemory({ content: fixtureRoom, now }, (eleventyConfig) => {
      eleventyConfig.addTemplate(
        'filters.liquid',
        [
          "{{ '2024-04-16T09:00:00+03:00' | communiqueDate: 'fr' }}",
          "{{ 1500 | communiqueFigure: 'uk' }}",
          "{{ 'ar' | languageName }}",
          "{{ 'en' | languageName: 'fr' }}",
          "{{ 'keyFigures' | ui: 'uk' }}",
          "{{ '2023/border-workshop' | releaseUrl: 'ar' }}",
          "[{{ '2025/zz-canary-embargo' | releaseUrl: 'en' }}]",
        ].join('\n'),
        { permalink: '/filters.txt' },
      );
    });
    const lines = pages[0]!.content.split('\n');
    expect(lines[0]).toContain('16 avril 2024');
    expect(lines[1]).toMatch(/^1\s500$/u);
    expect(lines[2]).toBe('العربية');
    expect(lines[3]).toBe('anglais');
    expect(lines[4]).toBe('Ключові цифри');
    expect(lines[5]).toBe('/fr/2023/border-workshop/');
    expect(lines[6]).toBe('[]');
  });

  test('nothing a template can reach holds an embargoed or draft release', async () => {
    const pages = await buildInMemory({ content: fixtureRoom, now });
    const everything = pages.map((page) => `${String(page.url)}\n${page.content}`).join('\n');
    for (const canary of ['CANARY', 'Canary', 'canary', '7304817', 'zz-canary'])
      expect(everything).not.toContain(canary);
  });

  test('preview includes them, flagged', async () => {
    const pages = byUrl(await buildInMemory({ content: fixtureRoom, now, preview: true }));
    const embargoed = JSON.parse(pages.get('/en/2025/zz-canary-embargo/')!);
    expect(embargoed.preview).toMatchObject({ state: 'embargoed' });
    expect(embargoed.body).toContain('CANARYBODY');
  });

  test('refuses content with errors, naming file, line and rule', async () => {
    const content = copyOfFixture();
    const people = join(content, 'people.yaml');
    writeFileSync(people, readFileSync(people, 'utf8').replace('+380 44 568 50 15', '+380 12'));
    const build = buildInMemory({ content, now });
    await expect(build).rejects.toSatisfy((error) => {
      const text = messages(error);
      return /refuses to publish/.test(text) && /people\.yaml:\d+:\d+ .*\(contact-phone\)/.test(text);
    });
  });

  test('refuses two pages at one URL, naming both files', async () => {
    const content = copyOfFixture();
    const dir = join(content, 'releases', '2024', 'portail-signalement');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'fr.md'),
      '---\ntitle: Autre\nsummary: Autre.\ndate: 2024-05-01T09:00:00+02:00\ndateline: { city: Genève, country: CH }\norganisations: [iom]\ncontacts: [martin]\n---\nTexte.\n',
    );
    await expect(buildInMemory({ content, now, failOnErrors: false })).rejects.toSatisfy((error) =>
      /two pages at `\/fr\/2024\/portail-signalement\/`: .*fr\.md.*fr\.md/.test(messages(error)),
    );
  });

  test('copies the files published pages use, and nothing else, on write', async () => {
    const output = emptyDir();
    const eleventy = new Eleventy(emptyDir(), output, {
      configPath: false,
      quietMode: true,
      config: (eleventyConfig) => {
        eleventyConfig.addPlugin(communique, { content: fixtureRoom, now });
        releaseTemplates(eleventyConfig);
      },
    });
    eleventy.disableLogger();
    await eleventy.write();
    const media = join(output, 'media', '2024', 'portal-launch');
    expect(readFileSync(join(media, 'portal.png'))).toEqual(
      readFileSync(join(fixtureRoom, 'releases', '2024', 'portal-launch', 'portal.png')),
    );
    expect(existsSync(join(media, 'annual-report.pdf'))).toBe(true);
    expect(existsSync(join(media, 'notes.txt'))).toBe(false);
    expect(existsSync(join(output, 'media', '2025'))).toBe(false);
  });

  test('reads the content again at each build of the same Eleventy (watch mode) and reports each build', async () => {
    const content = copyOfFixture();
    const published: PublishedSite[] = [];
    const eleventy = new Eleventy(emptyDir(), emptyDir(), {
      configPath: false,
      quietMode: true,
      config: (eleventyConfig) => {
        eleventyConfig.addPlugin(communique, { content, now, onPublish: (site) => published.push(site) });
        releaseTemplates(eleventyConfig);
      },
    });
    eleventy.disableLogger();
    const first = byUrl(await eleventy.toJSON());
    expect(first.get('/en/2024/portal-launch/')).toContain('Ukraine opens a national portal');
    const file = join(content, 'releases', '2024', 'portal-launch', 'en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Ukraine opens', 'Ukraine launches'));
    // What Eleventy's watch does before each rebuild.
    await eleventy.restart();
    await eleventy.init();
    const second = byUrl(await eleventy.toJSON());
    expect(second.get('/en/2024/portal-launch/')).toContain('Ukraine launches a national portal');
    expect(published).toHaveLength(2);
  });
});
