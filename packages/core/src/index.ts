export * from './cache/index.ts';
export { isValidEmail, normalisePhone } from './checks/contacts.ts';
export { bodyPlace, type Check, type Report } from './checks/context.ts';
export { figureFormatOptions, figureValue } from './checks/figures.ts';
export {
  type BackwardClaims,
  type CheckOptions,
  checkPressRoom,
  checkReleasesAhead,
  checks,
  chunkCount,
  chunkSize,
  type ForwardClaims,
  releaseChecks,
  roomChecks,
} from './checks/index.ts';
export {
  compareDiagnostics,
  type Diagnostic,
  diagnostic,
  hasErrors,
  type Place,
} from './diagnostics/diagnostic.ts';
export { type RuleId, type RuleInfo, ruleIds, rules, type Severity } from './diagnostics/rules.ts';
export * from './format/index.ts';
export {
  canonicalTag,
  type LoadOptions,
  loadPressRoom,
  reloadReleases,
  slugPattern,
} from './load/load-press-room.ts';
export { type YamlPath, YamlSource } from './load/yaml-source.ts';
export { type DirectiveUses, directiveUses, plainText } from './markdown/directives.ts';
export { parseMarkdown } from './markdown/parse.ts';
export { type LinkTarget, linkedReleases, resolveLink } from './markdown/release-links.ts';
export {
  type DateOrRange,
  parseDateOrRange,
  parseInstant,
  parsePlainDate,
  type WrittenInstant,
} from './model/instant.ts';
export type {
  PressRoom,
  Registry,
  Release,
  ReleaseMeta,
  ReleaseVersion,
  VersionMedia,
} from './model/press-room.ts';
export { isPublished, publishesAt } from './model/publication.ts';
export * from './model/schemas.ts';
export * from './numbers/index.ts';
export * from './render/index.ts';
export * from './translation/index.ts';
