import type { Nodes, Root } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
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
export interface DirectiveUses {
  readonly figures: FigureUse[];
  readonly dates: DateUse[];
  readonly quotes: QuoteUse[];
}

const cache = new WeakMap<Root, DirectiveUses>();

/** The `:fig[]`, `:date[]` and `:::quote` directives of a body, in document order. */
export function directiveUses(tree: Root): DirectiveUses {
  const cached = cache.get(tree);
  if (cached) return cached;
  const uses: DirectiveUses = { figures: [], dates: [], quotes: [] };
  walk(tree, (node) => {
    if (node.type === 'textDirective' && node.name === 'fig')
      uses.figures.push({ name: plainText(node).trim(), node });
    else if (node.type === 'textDirective' && node.name === 'date')
      uses.dates.push({ text: plainText(node).trim(), node });
    else if (node.type === 'containerDirective' && node.name === 'quote') {
      uses.quotes.push({ by: node.attributes?.by ?? undefined, node });
    }
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
