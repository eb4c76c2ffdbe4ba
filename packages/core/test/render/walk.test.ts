import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/markdown/parse.ts';
import { walk } from '../../src/markdown/walk.ts';

const releases = join(import.meta.dirname, '..', '..', '..', '..', 'content', 'releases');

/** Every body of the sample press room, parsed. */
function sampleTrees(): Root[] {
  const trees: Root[] = [];
  for (const entry of readdirSync(releases, { recursive: true, withFileTypes: true }))
    if (entry.isFile() && entry.name.endsWith('.md'))
      trees.push(parseMarkdown(matter(readFileSync(join(entry.parentPath, entry.name), 'utf8')).content));
  return trees;
}

type Walker = typeof visit;

/** Records every visit, removes every `html` node and every empty paragraph, skips into no link. */
function editAndRecord(tree: Root, walker: Walker): string[] {
  const seen: string[] = [];
  walker(tree, (node: Node, index: number | undefined, parent: Parent | undefined) => {
    seen.push(`${node.type}@${index ?? '-'}<${parent?.type ?? '-'}`);
    if (node.type === 'link') return SKIP;
    if (parent && index !== undefined && node.type === 'html') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  walker(tree, 'text', (node: Node) => {
    seen.push(`text:${(node as unknown as { value: string }).value.length}`);
  });
  return seen;
}

describe('walk: unist-util-visit’s walk, without its cost per node', () => {
  test('visits and edits every sample body exactly as unist-util-visit does', () => {
    const trees = sampleTrees();
    expect(trees.length).toBeGreaterThan(20);
    const copies = trees.map((tree) => structuredClone(tree));
    trees.forEach((tree, index) => {
      const copy = copies[index]!;
      expect(editAndRecord(tree, walk as Walker)).toEqual(editAndRecord(copy, visit));
      expect(tree).toEqual(copy);
    });
  });

  test('a visitor may remove nodes and say where to go on, or stop the walk', () => {
    const tree = parseMarkdown('a <b>x</b> c <i>y</i>\n\n<!-- gone -->\n\nlast');
    const types: string[] = [];
    walk(tree, (node, index, parent) => {
      types.push(node.type);
      if (node.type === 'html' && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return node.type === 'text' && node.value === 'last' ? false : undefined;
    });
    expect(tree.children.map((child) => child.type)).toEqual(['paragraph', 'paragraph']);
    expect(types.filter((type) => type === 'html')).toHaveLength(5);
    expect(types.at(-1)).toBe('text');
  });
});
