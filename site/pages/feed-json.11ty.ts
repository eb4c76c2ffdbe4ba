import { feedData, feedPaths, jsonFeedText, type SiteLanguage } from '@communique/eleventy-plugin';
import type { LanguageData } from '../lib/data.ts';

/** `/<lang>/feed.json`: each site language's releases as JSON Feed 1.1, newest first. */
export const data = {
  pagination: { data: 'communique.languages', size: 1, alias: 'language', addAllPagesToCollections: false },
  permalink: ({ language }: { language: SiteLanguage }) => feedPaths(language.lang).json,
  eleventyExcludeFromCollections: true,
};

export default function render({ communique, language }: LanguageData): string {
  return jsonFeedText(feedData(communique, language));
}
