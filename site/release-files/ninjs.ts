import { ninjsPath, ninjsText, type ReleasePage } from '@communique/eleventy-plugin';
import type { ReleaseData } from '../lib/data.ts';

/** `/<lang>/<year>/<slug>/ninjs.json`: each release version as an IPTC ninjs 2.1 news item, beside its page. */
export const data = {
  pagination: { data: 'communique.pages', size: 1, alias: 'release', addAllPagesToCollections: false },
  permalink: ({ release }: { release: ReleasePage }) => ninjsPath(release.url),
  eleventyExcludeFromCollections: true,
};

export default function render({ communique, release }: ReleaseData): string {
  return ninjsText(communique, release);
}
