import type { Nodes, Root } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import type { Position } from 'unist';
import { walk } from './walk.ts';

export interface FigureUse {
  readonly name: string;
  readonly node: TextDirective;
}
export interface DateUse {
  readonly text: string;
  readonly node: TextDirective;
}
export interface QuoteUse {
  readonly by: string | undefined;
  readonly node: ContainerDirective;
}
/** A link, image or link definition, with its URL as written (rendering rewrites the node's). */
export interface LinkUse {
  readonly url: string;
  readonly type: 'link' | 'image' | 'definition';
  readonly position: Position | undefined;
}
export interface DirectiveUses {
  readonly figures: FigureUse[];
  readonly dates: DateUse[];
  readonly quotes: QuoteUse[];
  readonly links: LinkUse[];
}

const cache = new WeakMap<Root, DirectiveUses>();

/**
 * The `:fig[]`, `:date[]` and `:::quote` directives of a body, and its links, images and link
 * definitions, in document order: one walk for every check and cache key that needs them.
 */
export function directiveUses(tree: Root): DirectiveUses {
  const cached = cache.get(tree);
  if (cached) return cached;
  const uses: DirectiveUses = { figures: [], dates: [], quotes: [], links: [] };
  walk(tree, (node) => {
    if (node.type === 'textDirective' && node.name === 'fig')
      uses.figures.push({ name: plainText(node).trim(), node });
    else if (node.type === 'textDirective' && node.name === 'date')
      uses.dates.push({ text: plainText(node).trim(), node });
    else if (node.type === 'containerDirective' && node.name === 'quote') {
      uses.quotes.push({ by: node.attributes?.by ?? undefined, node });
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
      uses.links.push({ url: node.url, type: node.type, position: node.position });
  });
  cache.set(tree, uses);
  return uses;
}

/** The text content of a node, as a reader sees it. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
