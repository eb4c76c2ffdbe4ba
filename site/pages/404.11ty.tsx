/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import { renderDocument } from '../components/document.tsx';
import type { SiteData } from '../lib/data.ts';
import { pageText } from '../lib/ui.ts';
import { searchPath } from '../lib/urls.ts';

/** `/404.html`: says so in the site's first language, and offers every language's listing in its own. */
export const data = { permalink: '/404.html', eleventyExcludeFromCollections: true };

export default function render({ communique }: SiteData): string {
  const first = communique.language(communique.defaultLanguage)!;
  const text = pageText(first.lang);
  return renderDocument({
    text,
    dir: first.dir,
    title: `${text.t('notFoundTitle')} | ${first.title.text}`,
    canonical: `${communique.baseUrl}/404.html`,
    alternates: [],
    siteTitle: first.title,
    home: '/',
    languages: { label: text.t('languages'), links: communique.languages, current: first.lang },
    noindex: true,
    children: (
      <>
        <h1 {...text.uiAttrs}>{text.t('notFoundTitle')}</h1>
        <p {...text.uiAttrs}>{text.t('notFoundText')}</p>
        <ul class="not-found-languages">
          {communique.languages.map((language) => {
            const own = pageText(language.lang);
            return (
              <li lang={language.lang} dir={language.dir}>
                <a href={language.url} hreflang={language.lang} {...own.uiAttrs}>
                  {own.t('allReleases')}
                </a>{' '}
                <span class="language-name">({language.name})</span>
                {' · '}
                <a href={searchPath(language.lang)} {...own.uiAttrs}>
                  {own.t('notFoundSearch')}
                </a>
              </li>
            );
          })}
        </ul>
      </>
    ),
  });
}
