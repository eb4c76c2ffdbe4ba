/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import type { ReleasePage } from '@communique/eleventy-plugin';
import { renderToString } from 'preact-render-to-string';
import { langAttrs, type PageText } from '../lib/ui.ts';

type Heading = 'h2' | 'h3';

/**
 * A list of releases. Each item is rendered once per release page, page language and heading
 * level, then reused: a release appears in four or five listings of a language (the language's,
 * its year's, each of its topics' and organisations'), and rendering it again for each cost about
 * a second of every build at 10,000 releases × 5 languages. The items are Preact's own output,
 * escaped as any other.
 */
export function ReleaseList({
  releases,
  text,
  heading,
}: {
  readonly releases: readonly ReleasePage[];
  readonly text: PageText;
  readonly heading: Heading;
}) {
  // `text` is `pageText(text.lang)`: the page's language decides every string in it.
  const context = `${text.lang} ${heading}`;
  let rendered = renderedItems.get(context);
  if (!rendered) {
    rendered = new WeakMap();
    renderedItems.set(context, rendered);
  }
  let items = '';
  for (const release of releases) {
    let html = rendered.get(release);
    if (html === undefined) {
      html = renderToString(<ReleaseItem release={release} text={text} heading={heading} />);
      rendered.set(release, html);
    }
    items += html;
  }
  return <ul class="release-list" dangerouslySetInnerHTML={{ __html: items }} />;
}

/** Each item as rendered, by page language and heading level, then by release page. */
const renderedItems = new Map<string, WeakMap<ReleasePage, string>>();

function ReleaseItem({
  release,
  text,
  heading,
}: {
  readonly release: ReleasePage;
  readonly text: PageText;
  readonly heading: Heading;
}) {
  const Heading = heading;
  const foreign = langAttrs(release, text.lang);
  return (
    <li class="release-item" {...foreign}>
      <p class="release-item-meta">
        {foreign.lang ? null : <span {...text.uiAttrs}>{text.t(`type.${release.type}`)}</span>}
        <time datetime={release.published.datetime}>{release.published.text}</time>
      </p>
      <Heading class="release-item-title">
        <a href={release.url} hreflang={foreign.lang}>
          {release.title}
        </a>
      </Heading>
      <p class="release-item-summary">{release.summary}</p>
      {foreign.lang ? (
        <p class="release-item-languages">
          {release.languages.map((link) => (
            <a href={link.url} hreflang={link.lang} lang={link.lang} dir={link.dir}>
              {link.name}
            </a>
          ))}
        </p>
      ) : null}
    </li>
  );
}
