/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import type { Listing, PublishedSite } from '@communique/eleventy-plugin';
import { Browse } from '../components/browse.tsx';
import { renderDocument } from '../components/document.tsx';
import { ListingBody } from '../components/listing-body.tsx';
import type { ListingData } from '../lib/data.ts';
import { langAttrs, type PageText, pageText } from '../lib/ui.ts';

/**
 * `/<lang>/<year>/`, `/<lang>/topics/<topic>/`, `/<lang>/organisations/<organisation>/`: the
 * releases of a year, topic or organisation in one language, then those it lacks; then the other
 * listings of the language.
 */
export const data = {
  pagination: { data: 'communique.listings.all', size: 1, alias: 'listing', addAllPagesToCollections: false },
  permalink: ({ listing }: ListingData) => listing.url,
  eleventyExcludeFromCollections: true,
};

export default function render({ communique, listing }: ListingData): string {
  // Rendered again only when a listed page, the listings or the site changed (the content cache).
  return communique.cachedHtml(`listing ${listing.url}`, [listing.releases, listing.elsewhere], () =>
    renderListing({ communique, listing }),
  );
}

function renderListing({ communique, listing }: ListingData): string {
  const text = pageText(listing.lang);
  const language = communique.language(listing.lang);
  const siteTitle = language?.title ?? { text: '', lang: listing.lang, dir: listing.dir };
  return renderDocument({
    text,
    dir: listing.dir,
    title: `${titleText(listing, text)} | ${siteTitle.text}`,
    canonical: listing.absoluteUrl,
    alternates: listing.alternates,
    siteTitle,
    home: language?.url ?? '/',
    languages: {
      label: text.t('languages'),
      links: otherLanguages(communique, listing),
      current: listing.lang,
    },
    noindex: communique.preview,
    children: (
      <>
        <h1>
          <Title listing={listing} text={text} />
        </h1>
        <ListingBody releases={listing.releases} elsewhere={listing.elsewhere} text={text} />
        <Browse communique={communique} lang={listing.lang} text={text} current={listing} />
      </>
    ),
  });
}

const titleKeys = {
  topic: 'topicListing',
  organisation: 'organisationListing',
  year: 'yearListing',
} as const;
const placeholders = { topic: 'topic', organisation: 'organisation', year: 'year' } as const;

function titleText(listing: Listing, text: PageText): string {
  return text.t(titleKeys[listing.kind], { [placeholders[listing.kind]]: listing.name.text });
}

/** The title with the name marked in its own language when it fell back (an organisation named only in English). */
function Title({ listing, text }: { readonly listing: Listing; readonly text: PageText }) {
  const marker = '\u0000';
  const [before = '', after = ''] = text
    .t(titleKeys[listing.kind], { [placeholders[listing.kind]]: marker })
    .split(marker);
  return (
    <>
      {before ? <span {...text.uiAttrs}>{before}</span> : null}
      <span class="listing-name" {...langAttrs(listing.name, listing.lang)}>
        {listing.name.text}
      </span>
      {after ? <span {...text.uiAttrs}>{after}</span> : null}
    </>
  );
}

/** The same listing in every site language, by the language's own name. */
function otherLanguages(communique: PublishedSite, listing: Listing) {
  return communique.languages.flatMap((language) => {
    const same = communique.listings.find(listing.kind, listing.id, language.lang);
    return same ? [{ lang: language.lang, dir: language.dir, name: language.name, url: same.url }] : [];
  });
}
