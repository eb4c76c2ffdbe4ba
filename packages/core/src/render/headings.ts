import type { Heading, Root } from 'mdast';
import { walk } from '../markdown/walk.ts';

/**
 * Body headings start at h2: the page's h1 is the release title. A body that uses `#` has all
 * its headings moved down one level, so its outline keeps its shape (h6 stays h6).
 */
export function shiftHeadings(tree: Root): void {
  const headings: Heading[] = [];
  walk(tree, 'heading', (node) => {
    headings.push(node);
  });
  if (!headings.some((heading) => heading.depth === 1)) return;
  for (const heading of headings) heading.depth = Math.min(heading.depth + 1, 6) as Heading['depth'];
}
