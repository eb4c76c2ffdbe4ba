/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import type { SiteLanguage } from '@communique/eleventy-plugin';
import { Browse } from '../components/browse.tsx';
import { renderDocument } from '../components/document.tsx';
import { SearchForm } from '../components/search-form.tsx';
import type { LanguageData } from '../lib/data.ts';
import { pageText } from '../lib/ui.ts';
import { pagefindFolder, searchPath, searchScriptPath } from '../lib/urls.ts';

/**
 * `/<lang>/search/`: a GET form (`?q=`) that the search script answers from the Pagefind index of
 * the page's language. Without JavaScript the page says so and offers every year, topic and
 * organisation listing of the language instead.
 */
export const data = {
  pagination: { data: 'communique.languages', size: 1, alias: 'language', addAllPagesToCollections: false },
  permalink: ({ language }: LanguageData) => searchPath(language.lang),
  eleventyExcludeFromCollections: true,
};

export default function render({ communique, language }: LanguageData): string {
  const text = pageText(language.lang);
  // The script fills `{query}` itself: it gets the templates, not finished sentences.
  const strings = {
    results: text.t('searchResults'),
    none: text.t('searchNone'),
    searching: text.t('searchSearching'),
    failed: text.t('searchFailed'),
  };
  return renderDocument({
    text,
    dir: language.dir,
    title: `${text.t('searchTitle')} | ${language.title.text}`,
    canonical: `${communique.baseUrl}${searchPath(language.lang)}`,
    alternates: searchAlternates(communique.baseUrl, communique.languages),
    siteTitle: language.title,
    home: language.url,
    languages: {
      label: text.t('languages'),
      links: communique.languages.map((other) => ({ ...other, url: searchPath(other.lang) })),
      current: language.lang,
    },
    noindex: true,
    children: (
      <div
        class="search"
        id="search"
        data-pagefind={`/${pagefindFolder}/pagefind.js`}
        data-strings={JSON.stringify(strings)}
      >
        <h1 {...text.uiAttrs}>{text.t('searchTitle')}</h1>
        <SearchForm lang={language.lang} text={text} />
        <noscript>
          <p class="notice" {...text.uiAttrs}>
            {text.t('searchNeedsScript')}
          </p>
        </noscript>
        <p class="search-status" role="status" {...text.uiAttrs} />
        <ol class="search-results" />
        <Browse communique={communique} lang={language.lang} text={text} />
        <script type="module" src={searchScriptPath} />
      </div>
    ),
  });
}

function searchAlternates(baseUrl: string, languages: readonly SiteLanguage[]) {
  return [
    ...languages.map((language) => ({
      hreflang: language.lang,
      href: `${baseUrl}${searchPath(language.lang)}`,
    })),
    { hreflang: 'x-default', href: `${baseUrl}${searchPath(languages[0]?.lang ?? 'en')}` },
  ];
}
