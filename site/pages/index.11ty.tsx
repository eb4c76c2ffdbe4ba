/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import { renderToString } from 'preact-render-to-string';
import { FeedLinks } from '../components/feed-links.tsx';
import type { SiteData } from '../lib/data.ts';
import { pageText } from '../lib/ui.ts';
import { languageAlternates } from './language.11ty.tsx';

/** `/`: the `x-default`, a language chooser listing every site language by its own name. */
export const data = { permalink: '/', eleventyExcludeFromCollections: true };

export default function render({ communique }: SiteData): string {
  const first = communique.language(communique.defaultLanguage)!;
  const text = pageText(first.lang);
  const page = (
    <html lang={first.lang} dir={first.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{first.title.text}</title>
        {communique.preview ? <meta name="robots" content="noindex, nofollow" /> : null}
        <link rel="canonical" href={`${communique.baseUrl}/`} />
        {languageAlternates(communique).map((alternate) => (
          <link rel="alternate" hreflang={alternate.hreflang} href={alternate.href} />
        ))}
        <FeedLinks text={text} />
        <link rel="stylesheet" href="/styles/site.css" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      <body class="chooser">
        <main id="main" class="wrap">
          <h1 lang={first.title.lang}>{first.title.text}</h1>
          <nav aria-label={text.t('chooseLanguage')} {...text.uiAttrs}>
            <ul class="language-choice">
              {communique.languages.map((language) => (
                <li lang={language.lang} dir={language.dir}>
                  <a href={language.url} hreflang={language.lang}>
                    <span class="language-name">{language.name}</span>
                    <span
                      class="language-site-title"
                      {...(language.title.lang === language.lang ? {} : { lang: language.title.lang })}
                    >
                      {language.title.text}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </main>
      </body>
    </html>
  );
  return `<!doctype html>\n${renderToString(page)}\n`;
}
