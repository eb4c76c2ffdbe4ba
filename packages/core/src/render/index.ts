export { rendererVersion, rendererVersionOf, renderKey } from './cache-key.ts';
export { type CodeDigestOptions, codeDigest, runtimeDependencies } from './code-digest.ts';
export type { RenderContext } from './context.ts';
export { dependencyVersions } from './dependency-versions.ts';
export { linkedUrls } from './links.ts';
export { clearRenderCache, renderInline, renderMarkdownText, renderVersionBody } from './pipeline.ts';
export { sanitizeSchema } from './sanitize-schema.ts';
