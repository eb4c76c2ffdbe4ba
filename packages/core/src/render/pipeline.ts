import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { localTypography } from '../format/typography.ts';
import type { ReleaseVersion } from '../model/press-room.ts';
import { renderKey } from './cache-key.ts';
import type { RenderContext } from './context.ts';
import { transformDirectives } from './directives.ts';
import { rewriteLinks } from './links.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { applyTypography } from './typography.ts';

// remark-rehype without `allowDangerousHtml` drops raw HTML; rehype-sanitize then allows only
// what the renderer itself produces.
const toHtml = unified().use(remarkRehype).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify).freeze();
const parseMarkdownText = unified().use(remarkParse).freeze();

const rendered = new Map<string, string>();

/** Body headings start at h2: the page's h1 is the release title. */
function shiftHeadings(tree: Root): void {
  visit(tree, 'heading', (node) => {
    if (node.depth === 1) node.depth = 2;
  });
}

function mdastToHtml(tree: Root, lang: string): string {
  const hast = toHtml.runSync(tree) as HastRoot;
  applyTypography(hast, lang);
  return toHtml.stringify(hast);
}

/**
 * The sanitized HTML of a version's body for a page. Works on a copy of the version's parsed tree
 * (parsed once, shared with the checks) and caches the result by content hash (`renderKey`).
 */
export function renderVersionBody(version: ReleaseVersion, context: RenderContext): string {
  const key = renderKey(version, context);
  const cached = rendered.get(key);
  if (cached !== undefined) return cached;
  const tree = structuredClone(version.tree);
  transformDirectives(tree, version, context);
  rewriteLinks(tree, version, context);
  shiftHeadings(tree);
  const html = mdastToHtml(tree, context.lang);
  rendered.set(key, html);
  return html;
}

/** Registry Markdown (organisations' "About"): same sanitizing, no directives, no relative links. */
export function renderMarkdownText(markdown: string, lang: string): string {
  const key = `text\u0000${lang}\u0000${markdown}`;
  const cached = rendered.get(key);
  if (cached !== undefined) return cached;
  const tree = parseMarkdownText.parse(markdown);
  shiftHeadings(tree);
  const html = mdastToHtml(tree, lang);
  rendered.set(key, html);
  return html;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Plain text (titles, summaries) escaped for HTML, with the language's typography. */
export function renderInline(text: string, lang: string): string {
  return localTypography(text, lang).replace(/[&<>"']/g, (c) => escapes[c]!);
}

/** Forgets cached output (tests, long-running servers after a code change). */
export function clearRenderCache(): void {
  rendered.clear();
}
