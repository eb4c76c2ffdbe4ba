import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumPath, launchChromium } from '../lib/chromium.ts';
import { buildSample, type StaticServer, serve } from './sample-site.ts';

/**
 * The built sample press room in headless Chromium, served on loopback, at phone and desktop
 * widths: axe-core, the language switcher, search in every language, and no console errors.
 * Chromium is required: CI installs Debian's (`.ci/needs-chromium`); this fails without it.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const languages = ['en', 'fr', 'es', 'ar', 'uk', 'ru', 'zh-Hans'];
const release = (lang: string) => `/${lang}/2025/sahel-mobility-data/`;

/** Every page axe checks, at each width. */
const axePages = [
  '/',
  ...languages.map((lang) => `/${lang}/`),
  release('fr'),
  release('en'),
  release('ar'),
  ...['fr', 'ar'].flatMap((lang) => [
    `/${lang}/2025/`,
    `/${lang}/topics/migration/`,
    `/${lang}/organisations/iom/`,
    `/${lang}/search/`,
  ]),
  '/404.html',
];

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

let out: string;
let server: StaticServer;
let browser: Browser;
/** Console errors and uncaught exceptions of every page any test opened, with the page's URL. */
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not at ${chromiumPath}: the browser tests need it. Install it (Debian: \`apt-get install -y chromium\`) or set CHROMIUM_PATH.`,
    );
  }
  out = await buildSample();
  server = await serve(out);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  const response = await page.goto(`${server.origin}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe;
    const result = (await axe.run(document)) as { violations: AxeViolation[] };
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')})`,
    );
}

describe.each(viewports)('in Chromium at $name width ($width×$height)', (viewport) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  });
  afterAll(async () => {
    await context?.close();
  });

  test('axe finds no serious or critical violation on the chooser, listings, releases in fr, en, ar, and search', async () => {
    const found: Record<string, string[]> = {};
    for (const path of axePages) {
      const page = await open(context, path);
      const violations = await axeViolations(page);
      if (violations.length > 0) found[path] = violations;
      await page.close();
    }
    expect(found).toEqual({});
  });

  test('the language switcher leads from the French release to its English and Arabic versions', async () => {
    const page = await open(context, release('fr'));
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.locator('nav.languages a[hreflang="en"]').click();
    await page.waitForURL(`${server.origin}${release('en')}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.locator('nav.languages a[hreflang="ar"]').click();
    await page.waitForURL(`${server.origin}${release('ar')}`);
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.close();
  });

  // Every language with releases: each has its own Pagefind run, merged into one index.
  test.each([
    { lang: 'fr', word: 'itinéraires', path: release('fr') },
    { lang: 'ar', word: 'أغاديز', path: release('ar') },
    { lang: 'en', word: 'checkpoints', path: release('en') },
    { lang: 'es', word: 'controles', path: release('es') },
    { lang: 'uk', word: 'обігрівачі', path: '/uk/2024/ukraine-winter-response/' },
    { lang: 'ru', word: 'обогреватели', path: '/ru/2024/ukraine-winter-response/' },
    { lang: 'zh-Hans', word: '曼谷', path: '/zh-Hans/2026/mekong-scam-centres/' },
  ])('search in $lang finds the release by a word of its body ($word)', async ({ lang, word, path }) => {
    const page = await open(context, `/${lang}/`);
    // The header's search entry leads to the language's search page.
    await page.locator('.site-header a.site-search').click();
    await page.waitForURL(`${server.origin}/${lang}/search/`);
    await page.locator('input[name="q"]').fill(word);
    await page.locator('input[name="q"]').press('Enter');
    const result = page.locator(`.search-results a[href="${path}"]`);
    await result.waitFor();
    expect(await result.textContent()).not.toBe('');
    // The page with its results is as accessible as the empty one.
    expect(await axeViolations(page)).toEqual([]);
    expect(page.url()).toBe(`${server.origin}/${lang}/search/?q=${encodeURIComponent(word)}`);
    // The query in the URL is searched on arrival: results can be shared.
    const shared = await open(context, `/${lang}/search/?q=${encodeURIComponent(word)}`);
    await shared.locator(`.search-results a[href="${path}"]`).waitFor();
    await shared.close();
    await page.close();
  });

  test('printed, a release keeps the release, figures and contacts whole, black on white, links written out', async () => {
    const page = await open(context, '/fr/2025/online-exploitation-conference/');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const style = (selector: string, pseudo?: string) =>
        getComputedStyle(document.querySelector(selector)!, pseudo);
      return {
        hidden: ['.site-header', '.site-footer', '.release-topics', '.jump', '.contact-vcard'].map(
          (selector) => [selector, style(selector).display],
        ),
        bodyLink: style('.release-body a[href^="/"]', '::after').content,
        address: style('main', '::after').content,
        unbroken: ['.contact', '.key-figures', '.key-figures li'].map((selector) => [
          selector,
          style(selector).breakInside,
        ]),
        text: [style('.release-body p').color, style('.contact-name').color, style('.figure-value').color],
        paper: style('body').backgroundColor,
      };
    });
    await page.close();
    expect(printed).toEqual({
      hidden: [
        ['.site-header', 'none'],
        ['.site-footer', 'none'],
        ['.release-topics', 'none'],
        ['.jump', 'none'],
        ['.contact-vcard', 'none'],
      ],
      bodyLink: '" (https://press.example.org/fr/2024/portail-signalement-belize/)"',
      address: '"https://press.example.org/fr/2025/online-exploitation-conference/"',
      unbroken: [
        ['.contact', 'avoid'],
        ['.key-figures', 'avoid'],
        ['.key-figures li', 'avoid'],
      ],
      text: ['rgb(0, 0, 0)', 'rgb(0, 0, 0)', 'rgb(0, 0, 0)'],
      paper: 'rgba(0, 0, 0, 0)',
    });
  });

  test('no page logged a console error or threw', () => {
    expect(consoleErrors).toEqual([]);
  });
});
