/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import type { ReleasePage } from '@communique/eleventy-plugin';
import { langAttrs, type PageText } from '../lib/ui.ts';

/** One release in a listing: type, date, linked title, standfirst. */
export function ReleaseItem({
  release,
  text,
  heading,
}: {
  readonly release: ReleasePage;
  readonly text: PageText;
  readonly heading: 'h2' | 'h3';
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
