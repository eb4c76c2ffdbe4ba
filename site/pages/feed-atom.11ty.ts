import { atomFeed, feedData, feedPaths, type SiteLanguage } from '@communique/eleventy-plugin';
import type { LanguageData } from '../lib/data.ts';

/** `/<lang>/feed.atom`: each site language's releases as Atom 1.0, newest first. */
export const data = {
  pagination: { data: 'communique.languages', size: 1, alias: 'language', addAllPagesToCollections: false },
  permalink: ({ language }: { language: SiteLanguage }) => feedPaths(language.lang).atom,
  eleventyExcludeFromCollections: true,
};

export default function render({ communique, language }: LanguageData): string {
  return atomFeed(feedData(communique, language));
}
