import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkDirective).freeze();

/** Parses a release body once; checks and the renderer share the tree. Positions are body-relative. */
export function parseMarkdown(body: string): Root {
  return parser.parse(body);
}
