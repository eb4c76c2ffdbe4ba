import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { localTypography } from '../format/typography.ts';

/** Applies the page language's typography to every text node (never to attributes or code). */
export function applyTypography(tree: Root, lang: string): void {
  if (localTypography('a ?', lang) === 'a ?') return;
  visit(tree, (node, _index, parent) => {
    if (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre')) return 'skip';
    if (node.type === 'text' && parent) node.value = localTypography(node.value, lang);
  });
}
