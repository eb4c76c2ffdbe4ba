/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import {
  newsArticle,
  ninjsPath,
  type ReleasePage,
  type ReleaseSiteView,
  scriptJson,
} from '@communique/eleventy-plugin';
import type { PageText } from '../lib/ui.ts';

/**
 * A release page's machine-readable companions in `<head>`: JSON-LD `NewsArticle` and the link to
 * its IPTC ninjs copy. The JSON is escaped for a script element (`<` as `\u003c`), so nothing in
 * a release can close it.
 */
export function StructuredData({
  site,
  release,
  text,
}: {
  readonly site: ReleaseSiteView;
  readonly release: ReleasePage;
  readonly text: PageText;
}) {
  return (
    <>
      <link
        rel="alternate"
        type="application/vnd.iptc.ninjs+json"
        href={ninjsPath(release.url)}
        title={text.t('releaseData')}
      />
      <script
        type="application/ld+json"
        // scriptJson escapes `<`, `>` and `&`: the element cannot be ended from inside.
        dangerouslySetInnerHTML={{ __html: scriptJson(newsArticle(site, release)) }}
      />
    </>
  );
}

/** The visible link to the ninjs copy, for newsroom staff who paste URLs into their systems. */
export function ReleaseDataLink({
  release,
  text,
}: {
  readonly release: ReleasePage;
  readonly text: PageText;
}) {
  return (
    <p class="release-data" data-pagefind-ignore>
      <a href={ninjsPath(release.url)} type="application/vnd.iptc.ninjs+json" {...text.uiAttrs}>
        {text.t('releaseData')}
      </a>
    </p>
  );
}
