export { textFingerprint } from './fingerprint.ts';
export {
  type LanguageStatus,
  type ReleaseStatus,
  sourceOf,
  translationStatus,
  type VersionState,
  versionState,
} from './status.ts';
