import type { Root } from 'hast';
import { SKIP, walk } from '../markdown/walk.ts';

/** Removes paragraphs left empty once their raw HTML was dropped (`<p></p>` helps no reader). */
export function dropEmptyParagraphs(tree: Root): void {
  walk(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'p' || !parent || index === undefined) return;
    const empty = node.children.every((child) => child.type === 'text' && child.value.trim() === '');
    if (!empty) return;
    parent.children.splice(index, 1);
    const previous = parent.children[index - 1];
    // Also drop the line break that separated it from the block before.
    if (previous?.type === 'text' && previous.value.trim() === '') parent.children.splice(index - 1, 1);
    return [SKIP, Math.max(0, index - 1)];
  });
}
