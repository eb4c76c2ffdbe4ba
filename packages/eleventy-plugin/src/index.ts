/// <reference path="./types/eleventy.d.ts" />
export { copyReleaseAssets } from './assets.ts';
export { CommuniquePluginError } from './errors.ts';
export { addFilters } from './filters.ts';
export { type PublishSettings, publishSite } from './model/publish.ts';
export { PublishedSite } from './model/site.ts';
export type * from './model/types.ts';
export { absolute, assetPath, languagePath, releasePath } from './model/urls.ts';
export type { CommuniqueOptions } from './options.ts';
export { communique, communique as default, dataKey } from './plugin.ts';
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
