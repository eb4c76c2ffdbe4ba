export { rendererVersion, renderKey } from './cache-key.ts';
export { type CodeDigestOptions, codeDigest } from './code-digest.ts';
export type { RenderContext } from './context.ts';
export { linkedUrls } from './links.ts';
export { clearRenderCache, renderInline, renderMarkdownText, renderVersionBody } from './pipeline.ts';
export { sanitizeSchema } from './sanitize-schema.ts';
