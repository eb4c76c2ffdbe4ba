/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import type { Alternate, LanguageLink, PreviewFlag } from '@communique/eleventy-plugin';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { langAttrs, type PageText } from '../lib/ui.ts';
import { searchPath } from '../lib/urls.ts';
import { FeedLinks } from './feed-links.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { PreviewBanner } from './preview-banner.tsx';

export interface DocumentProps {
  readonly text: PageText;
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  readonly description?: string | undefined;
  readonly canonical: string;
  readonly alternates: readonly Alternate[];
  /** Site title and its link, in the page's language. */
  readonly siteTitle: { readonly text: string; readonly lang: string; readonly dir: 'ltr' | 'rtl' };
  readonly home: string;
  readonly languages: {
    readonly label: string;
    readonly links: readonly LanguageLink[];
    readonly current: string;
  };
  readonly preview?: PreviewFlag | undefined;
  /** The whole build is a preview: keep it out of search engines. */
  readonly noindex?: boolean;
  /** More `<head>` content: a release's structured data and ninjs link. */
  readonly head?: ComponentChildren;
  readonly children: ComponentChildren;
}

/** A whole HTML page: head with canonical and hreflang alternates, header, main, footer. */
export function renderDocument(props: DocumentProps): string {
  return `<!doctype html>\n${renderToString(<Document {...props} />)}\n`;
}

function Document(props: DocumentProps) {
  const { text, dir, siteTitle } = props;
  const siteTitleAttrs = langAttrs(siteTitle, text.lang);
  return (
    <html lang={text.lang} dir={dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.noindex ? <meta name="robots" content="noindex, nofollow" /> : null}
        <link rel="canonical" href={props.canonical} />
        {props.alternates.map((alternate) => (
          <link rel="alternate" hreflang={alternate.hreflang} href={alternate.href} />
        ))}
        <FeedLinks text={text} />
        {props.head}
        <link rel="stylesheet" href="/styles/site.css" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      {/* For the print stylesheet: root-relative links written out in full, the page's address at the end. */}
      <body
        style={`--site-origin: ${JSON.stringify(new URL(props.canonical).origin)}; --page-url: ${JSON.stringify(props.canonical)}`}
      >
        <a class="skip-link" href="#main" {...text.uiAttrs}>
          {text.t('skipToContent')}
        </a>
        {props.preview ? <PreviewBanner flag={props.preview} text={text} /> : null}
        <header class="site-header">
          <div class="wrap site-header-inner">
            <a class="site-title" href={props.home} {...siteTitleAttrs}>
              {siteTitle.text}
            </a>
            <LanguageSwitcher
              label={props.languages.label}
              links={props.languages.links}
              current={props.languages.current}
              text={text}
            />
            <a class="site-search" href={searchPath(text.lang)} {...text.uiAttrs}>
              {text.t('search')}
            </a>
          </div>
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <a href={props.home} {...siteTitleAttrs}>
              {siteTitle.text}
            </a>
          </div>
        </footer>
      </body>
    </html>
  );
}
