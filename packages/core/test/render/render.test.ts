import { describe, expect, it } from 'vitest';
import { loadPressRoom, type PressRoom, type RenderContext, renderVersionBody } from '../../src/index.ts';
import { baseRegistries, original, writeRoom } from '../helpers/room.ts';

const figures = `figures:
  count: 6800
  share: { value: 0.71, style: percent }
  funding: { value: 1500000, style: currency, currency: EUR }
`;

function context(
  room: PressRoom,
  lang: string,
  published = (_id: string, _lang: string) => true,
): RenderContext {
  return {
    room,
    lang,
    releaseUrl: (id, l) => (published(id, l) ? `/${l}/${id}/` : undefined),
    assetUrl: (id, name) => `/media/${id}/${name}`,
  };
}

function render(
  body: string,
  lang: string,
  extra: Record<string, string> = {},
  published?: (id: string, lang: string) => boolean,
) {
  const root = writeRoom({
    ...baseRegistries,
    'releases/2025/portal/en.md': original(body, figures),
    'releases/2025/portal/photo.png': 'png',
    'releases/2023/earlier/en.md': original('Earlier.'),
    'releases/2023/earlier/fr.md': '---\nsource: en\ntitle: Plus tôt\nsummary: Résumé.\n---\nPlus tôt.\n',
    ...extra,
  });
  const room = loadPressRoom(root);
  const version = room.releaseById.get('2025/portal')!.versions[0]!;
  return renderVersionBody(version, context(room, lang, published));
}

describe('renderVersionBody', () => {
  it('formats figures for the page language', () => {
    const html = render(':fig[count] :fig[share] :fig[funding]', 'fr');
    expect(html).toContain('<data value="6800">6\u202f800</data>');
    expect(html).toContain('<data value="0.71">71\u00a0%</data>');
    expect(html).toContain('1\u202f500\u202f000,00\u00a0€');
    expect(render(':fig[count] :fig[share]', 'en')).toContain(
      '<data value="6800">6,800</data> <data value="0.71">71%</data>',
    );
    expect(render(':fig[count]', 'uk')).toContain('<data value="6800">6\u00a0800</data>');
  });

  it('formats dates and ranges with Intl', () => {
    expect(render(':date[2023-03-14]', 'fr')).toContain('<time datetime="2023-03-14">14 mars 2023</time>');
    expect(render(':date[2023-03-14/2023-03-17]', 'fr')).toContain(
      '<time datetime="2023-03-14" data-end="2023-03-17">14–17 mars 2023</time>',
    );
    expect(render(':date[2023-03-14]', 'en')).toContain('>March 14, 2023</time>');
    expect(render(':date[2023-03-14]', 'uk')).toContain('>14 березня 2023 р.</time>');
    expect(render(':date[2023-03-14]', 'ar')).toMatch(/>14 مارس 2023</);
  });

  it('attributes quotes from people.yaml in the page language, falling back with a lang attribute', () => {
    const body = ':::quote{by=walsh}\nWe act together.\n:::';
    expect(render(body, 'fr')).toContain(
      '<figcaption>— <bdi>Anna Walsh</bdi>, Chargée de communication, OIM</figcaption>',
    );
    expect(render(body, 'uk')).toContain('<span lang="en">Media officer</span>');
    expect(render(body, 'ar')).toContain('<span lang="en" dir="ltr">Media officer</span>');
    expect(render(body, 'en')).toMatch(
      /<figure class="quote"><blockquote>\s*<p>We act together.<\/p>\s*<\/blockquote>/,
    );
  });

  it('rewrites release links to the reader’s language, else the original, else keeps only the text', () => {
    const link = 'See [the earlier release](../../2023/earlier/).';
    expect(render(link, 'fr')).toContain('<a href="/fr/2023/earlier/">the earlier release</a>');
    expect(render(link, 'ar', {}, (_id, lang) => lang === 'en')).toContain('<a href="/en/2023/earlier/">');
    const hidden = render(link, 'fr', {}, () => false);
    expect(hidden).toContain('See the earlier release.');
    expect(hidden).not.toContain('earlier/');
  });

  it('publishes links and images to files of the release folder, drops foreign images', () => {
    const html = render(
      '[photo](photo.png) ![A photo](photo.png) ![tracker](https://evil.example/p.png)',
      'en',
    );
    expect(html).toContain('<a href="/media/2025/portal/photo.png">photo</a>');
    expect(html).toContain('<img src="/media/2025/portal/photo.png" alt="A photo">');
    expect(html).not.toContain('evil.example');
    expect(html).toContain('tracker');
  });

  it('gives unknown directives back their text and starts headings at h2', () => {
    const html = render('# Title\n\nNote:the point ::leaf and :fig[nope]', 'en');
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('Note:the point');
    expect(html).toContain('nope');
  });

  it('applies French typography to text, not to attributes', () => {
    const html = render('Il a dit : « oui » ! [lien](https://example.org/a?b=c)', 'fr');
    expect(html).toContain('dit\u00a0: «\u202foui\u202f»\u202f!');
    expect(html).toContain('href="https://example.org/a?b=c"');
  });

  it('does not change the shared parse: rendering twice gives the same HTML', () => {
    const root = writeRoom({
      ...baseRegistries,
      'releases/2025/portal/en.md': original(':fig[count] :date[2023-03-14]', figures),
    });
    const room = loadPressRoom(root);
    const version = room.releases[0]!.versions[0]!;
    const first = renderVersionBody(version, context(room, 'fr'));
    expect(version.tree.children[0]).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'textDirective', name: 'fig' },
        { type: 'text' },
        { type: 'textDirective', name: 'date' },
      ],
    });
    expect(renderVersionBody(version, context(room, 'en'))).not.toBe(first);
    expect(renderVersionBody(version, context(room, 'fr'))).toBe(first);
  });
});
