import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { localTypography } from '../format/typography.ts';
import type { ReleaseVersion } from '../model/press-room.ts';
import { renderKey } from './cache-key.ts';
import type { RenderContext } from './context.ts';
import { transformDirectives } from './directives.ts';
import { dropEmptyParagraphs } from './empty-paragraphs.ts';
import { shiftHeadings } from './headings.ts';
import {
  type LinkPolicy,
  releaseLinkPolicy,
  resolveReferences,
  rewriteLinks,
  textLinkPolicy,
} from './links.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { applyTypography } from './typography.ts';

// remark-rehype without `allowDangerousHtml` drops raw HTML; rehype-sanitize then allows only
// what the renderer itself produces.
const toHtml = unified().use(remarkRehype).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify).freeze();
// Registry Markdown has no directives: `:` is just a colon there.
const parseMarkdownText = unified().use(remarkParse).freeze();

/** Rendered HTML by content key; bounded so a long `serve` session does not grow without end. */
const rendered = new Map<string, string>();
const maxCached = 20_000;

function remember(key: string, html: string): string {
  if (rendered.size >= maxCached) rendered.clear();
  rendered.set(key, html);
  return html;
}

function mdastToHtml(tree: Root, lang: string, policy: LinkPolicy): string {
  resolveReferences(tree);
  rewriteLinks(tree, policy);
  shiftHeadings(tree);
  const hast = toHtml.runSync(tree) as HastRoot;
  dropEmptyParagraphs(hast);
  applyTypography(hast, lang);
  return toHtml.stringify(hast);
}

/**
 * The sanitized HTML of a version's body for a page in `context.lang` (pass the version's own
 * language to show a version). Works on a copy of the version's parsed tree (parsed once, shared
 * with the checks, never changed here) and caches the result by content hash (`renderKey`).
 * With `consumeTree`, for a caller that drops the tree right after (`version.dropTree()`), it
 * works on the tree itself: copying every tree cost some 4% of a cold build.
 */
export function renderVersionBody(
  version: ReleaseVersion,
  context: RenderContext,
  options: { readonly consumeTree?: boolean | undefined } = {},
): string {
  const key = renderKey(version, context);
  const cached = rendered.get(key);
  if (cached !== undefined) return cached;
  const tree = options.consumeTree ? version.tree : structuredClone(version.tree);
  transformDirectives(tree, version, context);
  return remember(key, mdastToHtml(tree, context.lang, releaseLinkPolicy(version, context)));
}

/**
 * Registry Markdown (organisations' "About"): the same sanitizing, no directives; web, mail and
 * phone links only (a relative link means nothing outside a release), no images.
 */
export function renderMarkdownText(markdown: string, lang: string): string {
  const key = `text\u0000${lang}\u0000${markdown}`;
  const cached = rendered.get(key);
  if (cached !== undefined) return cached;
  return remember(key, mdastToHtml(parseMarkdownText.parse(markdown), lang, textLinkPolicy));
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Plain text (titles, summaries) escaped for HTML text or attributes, with the language's typography. */
export function renderInline(text: string, lang: string): string {
  return localTypography(text, lang).replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

/** Forgets cached output (tests, long-running servers after a code change). */
export function clearRenderCache(): void {
  rendered.clear();
}
