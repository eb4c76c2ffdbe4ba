/// <reference path="./types/eleventy.d.ts" />
export { copyReleaseAssets } from './assets.ts';
export { CommuniquePluginError } from './errors.ts';
export { addFilters } from './filters.ts';
export { type PublishSettings, publishSite } from './model/publish.ts';
export { renderBodyAhead } from './model/release-page.ts';
export type { LanguageHeading, ListingLink, ReleaseSiteView } from './model/release-site-view.ts';
export { PublishedSite } from './model/site.ts';
export type * from './model/types.ts';
export {
  absolute,
  assetPath,
  feedPaths,
  languagePath,
  ninjsPath,
  releasePath,
  sitemapPath,
  vcardPath,
} from './model/urls.ts';
export type { CommuniqueOptions, PartialBuild } from './options.ts';
export { atomFeed } from './outputs/atom.ts';
export { type FeedData, type FeedEntry, feedData, feedEntryLimit } from './outputs/feed-entries.ts';
export { type JsonFeed, type JsonFeedItem, jsonFeed, jsonFeedText } from './outputs/json-feed.ts';
export { type NewsArticle, newsArticle, scriptJson } from './outputs/json-ld.ts';
export { type Ninjs, ninjs, ninjsSchema, ninjsText, ninjsVersion } from './outputs/ninjs.ts';
export { FileLinker } from './outputs/place-file.ts';
export {
  layOutAhead,
  type ReleaseFile,
  type ReleaseFileData,
  type ReleaseFiles,
  type ReleaseFilesStarted,
  type ReleaseFilesWritten,
  type WriteReleaseFilesOptions,
  writeReleaseFiles,
} from './outputs/release-files.ts';
export {
  type SitemapFile,
  type SitemapUrl,
  sitemapFiles,
  sitemapUrlLimit,
  sitemapUrls,
  sitemapXml,
} from './outputs/sitemap.ts';
export { vcard } from './outputs/vcard.ts';
export { communique, communique as default, dataKey } from './plugin.ts';
export { type BuildPublishSettings, publishForBuild } from './publish-for-build.ts';
export {
  type UiKey,
  type UiPart,
  type UiStrings,
  ui,
  uiKeys,
  uiLanguage,
  uiParts,
  uiStrings,
} from './ui-strings/index.ts';
