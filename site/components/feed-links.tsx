/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import { feedPaths } from '@communique/eleventy-plugin';
import type { PageText } from '../lib/ui.ts';

/**
 * The `<head>` links to the page language's feeds, so feed readers find them from any page. Every
 * site language has both feeds (empty when nothing is published in it), so the links never break.
 */
export function FeedLinks({ text }: { readonly text: PageText }) {
  const paths = feedPaths(text.lang);
  return (
    <>
      <link rel="alternate" type="application/atom+xml" href={paths.atom} title={text.t('feedAtom')} />
      <link rel="alternate" type="application/feed+json" href={paths.json} title={text.t('feedJson')} />
    </>
  );
}
