/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import type { ReleasePage } from '@communique/eleventy-plugin';
import type { PageText } from '../lib/ui.ts';
import { ReleaseList } from './release-list.tsx';

/**
 * The releases of a listing: the versions in the page's language, newest first; then, apart and
 * labelled, the releases that have none in it, in their original language.
 */
export function ListingBody({
  releases,
  elsewhere,
  text,
}: {
  readonly releases: readonly ReleasePage[];
  readonly elsewhere: readonly ReleasePage[];
  readonly text: PageText;
}) {
  return (
    <>
      {releases.length > 0 ? (
        <ReleaseList releases={releases} text={text} heading="h2" />
      ) : (
        <p class="empty" {...text.uiAttrs}>
          {text.t('noReleases')}
        </p>
      )}
      {elsewhere.length > 0 ? (
        <section class="elsewhere" aria-labelledby="elsewhere-title">
          <h2 id="elsewhere-title" {...text.uiAttrs}>
            {text.t('alsoAvailable')}
          </h2>
          <p {...text.uiAttrs}>{text.t('alsoAvailableNote')}</p>
          <ReleaseList releases={elsewhere} text={text} heading="h3" />
        </section>
      ) : null}
    </>
  );
}
