/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import type { SiteLanguage } from '@communique/eleventy-plugin';
import { Browse } from '../components/browse.tsx';
import { renderDocument } from '../components/document.tsx';
import { ListingBody } from '../components/listing-body.tsx';
import type { LanguageData, SiteData } from '../lib/data.ts';
import { pageText } from '../lib/ui.ts';

/**
 * `/<lang>/`: the releases published in that language, newest first; then, clearly apart, the
 * releases that have no version in it yet, in their original language.
 */
export const data = {
  pagination: { data: 'communique.languages', size: 1, alias: 'language', addAllPagesToCollections: false },
  permalink: ({ language }: LanguageData) => language.url,
  eleventyExcludeFromCollections: true,
};

export default function render({ communique, language }: LanguageData): string {
  // Rendered again only when a listed page, the listings or the site changed (the content cache).
  return communique.cachedHtml(`language ${language.url}`, [language.releases, language.elsewhere], () =>
    renderLanguage({ communique, language }),
  );
}

function renderLanguage({ communique, language }: LanguageData): string {
  const text = pageText(language.lang);
  return renderDocument({
    text,
    dir: language.dir,
    title: `${text.t('pressReleases')} | ${language.title.text}`,
    description: language.description?.text,
    canonical: language.absoluteUrl,
    alternates: languageAlternates(communique),
    siteTitle: language.title,
    home: language.url,
    languages: { label: text.t('languages'), links: communique.languages, current: language.lang },
    noindex: communique.preview,
    children: (
      <>
        <h1 {...text.uiAttrs}>{text.t('pressReleases')}</h1>
        <ListingBody releases={language.releases} elsewhere={language.elsewhere} text={text} />
        <Browse communique={communique} lang={language.lang} text={text} />
      </>
    ),
  });
}

/** The language listings are alternates of each other; `/` is their `x-default`. */
export function languageAlternates(communique: SiteData['communique']) {
  return [
    ...communique.languages.map((language: SiteLanguage) => ({
      hreflang: language.lang,
      href: language.absoluteUrl,
    })),
    { hreflang: 'x-default', href: `${communique.baseUrl}/` },
  ];
}
