/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import type { ReleasePage } from '@communique/eleventy-plugin';
import type { PageText } from '../lib/ui.ts';

/** Type, title, dateline (place and localised date), standfirst, and a jump to the contacts. */
export function ReleaseHeader({ release, text }: { readonly release: ReleasePage; readonly text: PageText }) {
  const { dateline } = release;
  return (
    <header class="release-header">
      <p class="release-type" {...text.uiAttrs}>
        {text.t(`type.${release.type}`)}
      </p>
      <h1>{release.title}</h1>
      <p class="dateline">
        <span class="dateline-place">{dateline.place}</span>
        <span class="dateline-separator" aria-hidden="true">
          {' — '}
        </span>
        <time datetime={dateline.date.datetime} data-pagefind-meta="date">
          {dateline.date.text}
        </time>
      </p>
      <p class="summary">{release.summary}</p>
      {release.contacts.length > 0 ? (
        <p class="jump">
          <a href="#contacts" {...text.uiAttrs}>
            {text.t('pressContacts')}
          </a>
        </p>
      ) : null}
    </header>
  );
}
