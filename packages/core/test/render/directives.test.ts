import { describe, expect, it } from 'vitest';
import { loadPressRoom, renderInline, renderMarkdownText, renderVersionBody } from '../../src/index.ts';
import { baseRegistries, original, writeRoom } from '../helpers/room.ts';
import { siteContext, visibleText } from './helpers.ts';

const figures = 'figures:\n  count: 6800\n';

/** Renders one body of a small room written for the test. */
function render(body: string, lang = 'en', files: Record<string, string> = {}): string {
  const root = writeRoom({
    ...baseRegistries,
    'releases/2025/portal/en.md': original(body, figures),
    'releases/2025/portal/photo.png': 'png',
    ...files,
  });
  const room = loadPressRoom(root);
  const version = room.releaseById.get('2025/portal')?.versions[0];
  if (!version) throw new Error('the test room has no version');
  return renderVersionBody(version, siteContext(room, lang));
}

describe('unknown directives', () => {
  it('come back as the text that was typed', () => {
    expect(render('Note:the point is clear.')).toBe('<p>Note:the point is clear.</p>');
    expect(render('Doors open at 09:30.')).toBe('<p>Doors open at 09:30.</p>');
    expect(render('Ask :who{id=x .y #z} now.')).toBe('<p>Ask :who{id=x .y #z} now.</p>');
  });

  it('keep the Markdown of their label rendered, and figures inside it', () => {
    expect(render('See :abbr[**WHO** has :fig[count]]{title="World Health Organization"}.')).toBe(
      '<p>See :abbr[<strong>WHO</strong> has <data value="6800">6,800</data>]{title="World Health Organization"}.</p>',
    );
  });

  it('keep leaf and container directives with their content', () => {
    expect(render('::video[Launch]{src=x}')).toBe('<p>::video[Launch]{src=x}</p>');
    expect(render(':::note{.warning}\nKeep *this* text.\n:::')).toBe(
      '<p>:::note{.warning}</p>\n<p>Keep <em>this</em> text.</p>\n<p>:::</p>',
    );
  });

  it('include a figure or a date that does not resolve, as written', () => {
    expect(render('We count :fig[nope] people.')).toBe('<p>We count :fig[nope] people.</p>');
    expect(render('It starts :date[soon] or :date[2023-02-30].')).toBe(
      '<p>It starts :date[soon] or :date[2023-02-30].</p>',
    );
  });

  it('render `quote` only as a container', () => {
    expect(visibleText(render('A :quote[text]{by=walsh} here.'))).toBe('A :quote[text]{by=walsh} here.');
  });
});

describe('quotes', () => {
  it('drop the caption of a speaker the registry does not know (check reports it)', () => {
    expect(render(':::quote{by=nobody}\nHello.\n:::')).toBe(
      '<figure class="quote"><blockquote>\n<p>Hello.</p>\n</blockquote></figure>',
    );
  });

  it('do not show a container label as part of the quotation', () => {
    expect(render(':::quote[Label]{by=walsh}\nHello.\n:::', 'fr')).toBe(
      '<figure class="quote"><blockquote>\n<p>Hello.</p>\n</blockquote><figcaption>— Anna Walsh, Chargée de communication, OIM</figcaption></figure>',
    );
  });
});

describe('links and headings', () => {
  it('give web links rel="noopener" and no target; mail and phone links stay plain', () => {
    expect(
      render('[site](https://www.iom.int "IOM") [mail](mailto:press@iom.int) [call](tel:+41227179111)'),
    ).toBe(
      '<p><a href="https://www.iom.int" rel="noopener">site</a> <a href="mailto:press@iom.int">mail</a> <a href="tel:+41227179111">call</a></p>',
    );
  });

  it('keep fragments and autolinks', () => {
    expect(render('[up](#top) <https://www.iom.int/>')).toBe(
      '<p><a href="#top">up</a> <a href="https://www.iom.int/" rel="noopener">https://www.iom.int/</a></p>',
    );
  });

  it('keep only the text of a link to a missing file or release, and the alt of a foreign image', () => {
    expect(render('[gone](gone.pdf) [old](../../1999/none/) ![pixel](https://tracker.example/p.gif)')).toBe(
      '<p>gone old pixel</p>',
    );
  });

  it('move all headings down one level when the body uses `#`, never past h6', () => {
    expect(render('# A\n\n## B\n\n###### F')).toBe('<h2>A</h2>\n<h3>B</h3>\n<h6>F</h6>');
    expect(render('## A\n\n### B')).toBe('<h2>A</h2>\n<h3>B</h3>');
  });
});

describe('renderMarkdownText', () => {
  it('renders registry Markdown with the page language’s typography', () => {
    expect(
      renderMarkdownText(
        'L’**OIM** œuvre pour des migrations ordonnées : voir [son mandat](https://www.iom.int/fr) !',
        'fr',
      ),
    ).toBe(
      '<p>L’<strong>OIM</strong> œuvre pour des migrations ordonnées\u00a0: voir <a href="https://www.iom.int/fr" rel="noopener">son mandat</a>\u202f!</p>',
    );
  });

  it('reads no directives, links nothing relative and shows no images', () => {
    expect(renderMarkdownText('At 10:30 :fig[x] [a](../x/) ![logo](logo.png)', 'en')).toBe(
      '<p>At 10:30 :fig[x] a logo</p>',
    );
  });
});

describe('renderInline', () => {
  it('escapes text for HTML and applies the language’s typography', () => {
    expect(renderInline('<b>Fish & "chips"</b> : l’été ?', 'fr')).toBe(
      '&lt;b&gt;Fish &amp; &quot;chips&quot;&lt;/b&gt;\u00a0: l’été\u202f?',
    );
    expect(renderInline("It's <here> ?", 'en')).toBe('It&#39;s &lt;here&gt; ?');
  });
});
