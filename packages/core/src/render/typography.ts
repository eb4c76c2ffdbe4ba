import type { Root } from 'hast';
import { isFrench, localTypography } from '../format/typography.ts';
import { SKIP, walk } from '../markdown/walk.ts';

/**
 * Applies the page language's typography to text nodes: never to attributes, code, or text
 * marked as being in another language (a role shown in English on a French page).
 */
export function applyTypography(tree: Root, lang: string): void {
  if (!isFrench(lang)) return;
  walk(tree, (node) => {
    if (node.type === 'element') {
      if (node.tagName === 'code' || node.tagName === 'pre') return SKIP;
      const own = node.properties.lang;
      if (typeof own === 'string' && !isFrench(own)) return SKIP;
      return;
    }
    if (node.type === 'text') node.value = localTypography(node.value, lang);
    return;
  });
}
