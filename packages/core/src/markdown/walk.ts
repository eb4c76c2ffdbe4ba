import type { Node, Parent } from 'unist';
import type { BuildVisitor, VisitorResult } from 'unist-util-visit';

export { SKIP } from 'unist-util-visit';

/**
 * `visit` from unist-util-visit, for what this package asks of it: a preorder walk, optionally of
 * the nodes of one type, whose visitor may skip a node's children (`SKIP`) or say where to go on
 * among its siblings (`[SKIP, index]`, after removing or replacing nodes). Same types, same
 * results. Why not `visit` itself: for every node it visits, it renames a closure (for debuggers)
 * and copies the ancestor list; with some ten walks over every body, that was a tenth of a cold
 * build.
 */
export function walk<Tree extends Node, Check extends string>(
  tree: Tree,
  type: Check,
  visitor: BuildVisitor<Tree, Check>,
): undefined;
export function walk<Tree extends Node>(tree: Tree, visitor: BuildVisitor<Tree>): undefined;
export function walk(tree: Node, ...rest: [string, AnyVisitor] | [AnyVisitor]): undefined {
  const [type, visitor] = rest.length === 2 ? rest : [undefined, rest[0]];
  visitNode(tree, undefined, undefined, type, visitor);
  return undefined;
}

type AnyVisitor = (node: never, index: never, parent: never) => VisitorResult;
type Visit = (node: Node, index: number | undefined, parent: Parent | undefined) => VisitorResult;

/** What a visitor said: go on (`true`/nothing), `'skip'`, stop (`false`), and where to go next. */
type Step = readonly [action: boolean | 'skip' | undefined, next?: number];

const goOn: Step = [undefined];

function visitNode(
  node: Node,
  index: number | undefined,
  parent: Parent | undefined,
  type: string | undefined,
  visitor: AnyVisitor,
): Step {
  const step =
    type === undefined || node.type === type ? asStep((visitor as Visit)(node, index, parent)) : goOn;
  if (step[0] === false) return step;
  const children = (node as Partial<Parent>).children;
  if (children && step[0] !== 'skip') {
    // The visitor may change `children` as it goes: read its length again at every step.
    for (let offset = 0; offset > -1 && offset < children.length; ) {
      const result = visitNode(children[offset]!, offset, node as Parent, type, visitor);
      if (result[0] === false) return result;
      offset = typeof result[1] === 'number' ? result[1] : offset + 1;
    }
  }
  return step;
}

function asStep(result: VisitorResult): Step {
  if (Array.isArray(result)) return result as unknown as Step;
  if (typeof result === 'number') return [true, result];
  return result === null || result === undefined ? goOn : [result as boolean | 'skip'];
}
