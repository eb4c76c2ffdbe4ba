export {
  type CheckCache,
  type CheckedReferences,
  type CheckMemo,
  referencesOfChecked,
  releaseCheckCache,
} from './check-cache.ts';
export { hashOf, indexDigest, releaseDigest, roomDigest, siteDigest } from './digests.ts';
export { FrontMatterCache, type YamlDataCache } from './front-matter-cache.ts';
export { diskPageCache, type PageCache, type RenderedPage } from './page-cache.ts';
export { DiskStore } from './store.ts';
export { type SweepOptions, type SweepResult, sweepCache, sweptKinds } from './sweep.ts';
export { CacheUse, noteCacheUse, recordCacheUse, stopRecordingCacheUse } from './use.ts';
