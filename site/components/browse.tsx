/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import type { Listing, ListingKind, PublishedSite } from '@communique/eleventy-plugin';
import { langAttrs, type PageText } from '../lib/ui.ts';

const groups: readonly {
  readonly kind: ListingKind;
  readonly key: 'byYear' | 'byTopic' | 'byOrganisation';
}[] = [
  { kind: 'year', key: 'byYear' },
  { kind: 'topic', key: 'byTopic' },
  { kind: 'organisation', key: 'byOrganisation' },
];

/** Every year, topic and organisation listing of a language, grouped: the way in without search. */
export function Browse({
  communique,
  lang,
  text,
  current,
}: {
  readonly communique: PublishedSite;
  readonly lang: string;
  readonly text: PageText;
  /** The listing showing this, marked `aria-current` rather than linked again. */
  readonly current?: Listing | undefined;
}) {
  const present = groups
    .map((group) => ({ ...group, listings: communique.listings.in(lang, group.kind) }))
    .filter((group) => group.listings.length > 0);
  if (present.length === 0) return null;
  return (
    <nav class="browse" aria-labelledby="browse-title">
      <h2 id="browse-title" {...text.uiAttrs}>
        {text.t('browse')}
      </h2>
      {present.map((group) => (
        <div class="browse-group">
          <h3 {...text.uiAttrs}>{text.t(group.key)}</h3>
          <ul class="browse-list">
            {group.listings.map((listing) => (
              <li>
                {listing === current ? (
                  <span aria-current="page" {...langAttrs(listing.name, lang)}>
                    {listing.name.text}
                  </span>
                ) : (
                  <a href={listing.url} {...langAttrs(listing.name, lang)}>
                    {listing.name.text}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
