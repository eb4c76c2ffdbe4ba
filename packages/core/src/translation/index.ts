export { textFingerprint } from './fingerprint.ts';
export {
  type ReleaseGraph,
  releaseGraph,
  sourceOf,
  translationGraph,
  type VersionNode,
  type VersionState,
  versionState,
} from './graph.ts';
export { alignText, type ProseRun, proseRuns, type Slot, slotPlace } from './prose.ts';
export {
  type SharedDifference,
  type SharedFieldName,
  sameSharedValue,
  sharedDifferences,
  sharedFieldNames,
} from './shared-fields.ts';
export {
  type LanguageState,
  type LanguageStatus,
  type Publication,
  type ReleaseStatus,
  translationStatus,
} from './status.ts';
