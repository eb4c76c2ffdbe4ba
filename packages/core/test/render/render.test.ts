import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.ts';
import { checkPressRoom, renderVersionBody } from '../../src/index.ts';
import { loadFixtures, siteContext, versionOf, visibleText } from './helpers.ts';

const room = loadFixtures();
const conference = '2023/vienna-conference';
const render = (lang: string) =>
  renderVersionBody(versionOf(room, conference, lang), siteContext(room, lang));

describe('public API', () => {
  it('exports the rendering and formatting functions', () => {
    expect(Object.keys(core)).toEqual(
      expect.arrayContaining([
        'renderVersionBody',
        'renderMarkdownText',
        'renderInline',
        'renderKey',
        'rendererVersion',
        'clearRenderCache',
        'sanitizeSchema',
        'textDirection',
        'languageName',
        'countryName',
        'formatInstant',
        'formatPlainDate',
        'formatDateRange',
        'formatFigure',
        'localise',
        'frenchTypography',
      ]),
    );
    expect(core.sanitizeSchema.tagNames).toContain('data');
  });
});

describe('renderVersionBody on the fixture press room', () => {
  it('renders valid content: the fixtures pass `check` without errors', () => {
    expect(checkPressRoom(room).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('formats figures in the page language', () => {
    expect(render('fr')).toContain('<data value="54">54</data>');
    expect(render('fr')).toContain('<data value="0.71">71\u00a0%</data>');
    expect(render('fr')).toContain('<data value="1500000">1\u202f500\u202f000,00\u00a0€</data>');
    expect(render('en')).toContain('<data value="0.71">71%</data>');
    expect(render('en')).toContain('<data value="1500000">€1,500,000.00</data>');
    expect(render('uk')).toContain('<data value="1500000">1\u00a0500\u00a0000,00\u00a0EUR</data>');
    expect(render('ar')).toContain('<data value="0.71">71\u200e%\u200e</data>');
    expect(render('ar')).toContain('<data value="1500000">\u200f1,500,000.00\u00a0€</data>');
  });

  it('formats dates, each in a <time> with its ISO date', () => {
    expect(render('fr')).toContain('<time datetime="2023-03-17">17 mars 2023</time>');
    expect(render('en')).toContain('<time datetime="2023-03-17">March 17, 2023</time>');
    expect(render('ar')).toContain('<time datetime="2023-03-17">17 مارس 2023</time>');
    expect(render('uk')).toContain('<time datetime="2023-03-17">17 березня 2023 р.</time>');
  });

  it('formats ranges with formatRange, the start and the end each in their own <time>', () => {
    expect(render('fr')).toContain(
      '(<time datetime="2023-03-14">14</time>–<time datetime="2023-03-17">17</time> mars 2023)',
    );
    expect(visibleText(render('fr'))).toContain('à Vienne (14–17 mars 2023)');
    expect(visibleText(render('en'))).toContain('in Vienna on March 14\u2009–\u200917, 2023 and');
    expect(visibleText(render('uk'))).toContain('у Відні 14–17 березня 2023\u202fр. і ухвалили');
    expect(visibleText(render('ar'))).toContain('في الفترة 14–17 مارس 2023 واعتمدت');
  });

  it('lets a date ending in an abbreviation take the full stop of its sentence', () => {
    expect(visibleText(render('uk'))).toContain('ухвалили план 17 березня 2023 р. Жінки');
  });

  it('attributes quotes in the page language', () => {
    expect(render('fr')).toContain('<figcaption>— Anna Walsh, Chargée de communication, OIM</figcaption>');
    expect(render('ar')).toContain(
      '<figcaption>— مايا حداد، مسؤولة الاتصال الإقليمية، المنظمة الدولية للهجرة</figcaption>',
    );
    expect(render('en')).toMatch(
      /<figure class="quote"><blockquote>\s*<p>Every country that joins makes the network stronger\.<\/p>\s*<\/blockquote><figcaption>/,
    );
  });

  it('marks a role or organisation shown in a fallback language with its lang (and dir)', () => {
    expect(render('uk')).toContain(
      '<figcaption>— Anna Walsh, <span lang="en">Media officer</span>, <span lang="en">IOM</span></figcaption>',
    );
    expect(render('ar')).toContain(
      '<figcaption>— <bdi>Anna Walsh</bdi>، <span lang="en" dir="ltr">Media officer</span>، المنظمة الدولية للهجرة</figcaption>',
    );
  });

  it('isolates a name in <bdi> only where its script runs the other way from the page', () => {
    expect(render('en')).toContain(
      '<figcaption>— <bdi>مايا حداد</bdi>, Regional communications officer, IOM',
    );
    expect(render('en')).toContain('<figcaption>— Anna Walsh,');
    expect(render('ar')).toContain('<figcaption>— مايا حداد،');
  });

  it('links a release in the reader’s language when that version is published', () => {
    expect(render('fr')).toContain('<a href="/fr/2022/geneva-meeting/">réunion de Genève</a>');
    expect(render('en')).toContain('<a href="/en/2022/geneva-meeting/">Geneva meeting</a>');
  });

  it('falls back to the original, saying its language with hreflang', () => {
    expect(render('ar')).toContain('<a href="/en/2022/geneva-meeting/" hreflang="en">اجتماع جنيف</a>');
    expect(render('uk')).toContain('<a href="/en/2022/geneva-meeting/" hreflang="en">зустріч у Женеві</a>');
  });

  it('keeps only the text of a link to a release under embargo', () => {
    for (const lang of ['en', 'fr', 'ar', 'uk']) expect(render(lang)).not.toContain('lisbon');
    expect(render('fr')).toContain('et prépare le sommet de Lisbonne.');
    expect(render('en')).toContain('and prepares the Lisbon summit.');
  });

  it('links the release once its embargo has passed', () => {
    const later = siteContext(room, 'fr', new Date('2026-06-01T00:00:00Z'));
    expect(renderVersionBody(versionOf(room, conference, 'fr'), later)).toContain(
      '<a href="/en/2026/lisbon-summit/" hreflang="en">sommet de Lisbonne</a>',
    );
  });

  it('rewrites reference-style links like inline ones, keeping the fragment', () => {
    expect(render('fr')).toContain('<a href="/fr/2022/geneva-meeting/#programme">programme</a>');
    expect(render('uk')).toContain('<a href="/en/2022/geneva-meeting/#programme" hreflang="en">програму</a>');
  });

  it('publishes links and images to files of the release folder at their URL', () => {
    expect(render('fr')).toContain('<a href="/2023/vienna-conference/report.pdf">rapport complet</a>');
    expect(render('ar')).toContain(
      '<img src="/2023/vienna-conference/photo.png" alt="المندوبون في القاعة العامة">',
    );
  });

  it('starts body headings at h2, keeping the outline', () => {
    expect(render('fr')).toMatch(/^<h2>Résultats<\/h2>/);
    expect(render('fr')).toContain('<h3>Contexte</h3>');
    expect(render('ar')).not.toContain('<h1');
  });

  it('applies French typography to the text of French pages only', () => {
    expect(render('fr')).toContain('renforce le réseau\u202f!');
    expect(render('fr')).toContain('Nous devons agir ensemble\u00a0: «\u00a0maintenant\u00a0».');
    expect(render('en')).not.toMatch(/[\u202f]/);
  });

  it('keeps times like 10:30, which the directive syntax reads as `:30`', () => {
    expect(render('en')).toContain('opens at 10:30.');
    expect(render('fr')).toContain('s’ouvre à 10:30.');
    expect(render('uk')).toContain('починається о 10:30.');
  });

  it('does not change the version’s tree: rendering twice gives the same HTML', () => {
    const fresh = loadFixtures();
    const version = versionOf(fresh, conference, 'fr');
    const before = structuredClone(version.tree);
    core.clearRenderCache();
    const first = renderVersionBody(version, siteContext(fresh, 'fr'));
    expect(version.tree).toEqual(before);
    const directives: string[] = [];
    const walk = (node: { type: string; name?: string; children?: unknown[] }) => {
      if (node.type.endsWith('Directive')) directives.push(node.name ?? '');
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(version.tree);
    expect(directives).toEqual(['fig', 'date', 'date', 'fig', 'fig', 'quote', 'quote', '30']);
    core.clearRenderCache();
    expect(renderVersionBody(version, siteContext(fresh, 'fr'))).toBe(first);
  });
});
