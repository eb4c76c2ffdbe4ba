/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import type { ListingLink, ReleasePage, ReleaseSiteView } from '@communique/eleventy-plugin';
import { langAttrs, type PageText } from '../lib/ui.ts';

/** The release's topics and issuing organisations, each linking to its listing in the page's language. */
export function ReleaseTopics({
  communique,
  release,
  text,
}: {
  readonly communique: ReleaseSiteView;
  readonly release: ReleasePage;
  readonly text: PageText;
}) {
  const topics = release.topics.flatMap((id) => communique.listing('topic', id, release.lang) ?? []);
  const organisations = release.organisations.flatMap((organisation) => {
    const listing = communique.listing('organisation', organisation.id, release.lang);
    return listing ? [{ listing, label: organisation.short ?? organisation.name }] : [];
  });
  if (topics.length === 0 && organisations.length === 0) return null;
  return (
    <nav class="release-topics" aria-label={text.t('browse')} data-pagefind-ignore="all">
      <dl>
        {topics.length > 0 ? (
          <div>
            <dt {...text.uiAttrs}>{text.t('releaseTopics')}</dt>
            {topics.map((listing) => (
              <dd>{link(listing, listing.name, release.lang)}</dd>
            ))}
          </div>
        ) : null}
        {organisations.length > 0 ? (
          <div>
            <dt {...text.uiAttrs}>{text.t('releaseOrganisations')}</dt>
            {organisations.map(({ listing, label }) => (
              <dd>{link(listing, label, release.lang)}</dd>
            ))}
          </div>
        ) : null}
      </dl>
    </nav>
  );
}

function link(
  listing: ListingLink,
  label: { readonly text: string; readonly lang: string; readonly dir: string },
  lang: string,
) {
  return (
    <a href={listing.url} {...langAttrs(label, lang)}>
      {label.text}
    </a>
  );
}
