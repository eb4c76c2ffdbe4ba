import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';

type Directive = TextDirective | LeafDirective | ContainerDirective;

/**
 * A directive the renderer does not know, given back as the writer typed it: `Note:the` keeps
 * `:the`, `10:30` keeps `:30`, `:abbr[WHO]{title=x}` keeps its brackets and braces. The label's
 * Markdown is still rendered; the rest is the exact source text when positions are known.
 */
export function literalDirective(node: Directive, body: string | undefined): RootContent[] {
  if (node.type === 'containerDirective') return literalContainer(node, body);
  const phrasing = literalPhrasing(node, body);
  return node.type === 'textDirective' ? phrasing : [{ type: 'paragraph', children: phrasing }];
}

function literalPhrasing(node: TextDirective | LeafDirective, body: string | undefined): PhrasingContent[] {
  const marker = node.type === 'textDirective' ? ':' : '::';
  const whole = sourceOf(node.position?.start.offset, node.position?.end.offset, body);
  const first = node.children[0];
  const last = node.children.at(-1);
  if (!first || !last) return [textNode(whole ?? `${marker}${node.name}${attributesText(node)}`)];
  const prefix = sourceOf(node.position?.start.offset, first.position?.start.offset, body);
  const suffix = sourceOf(last.position?.end.offset, node.position?.end.offset, body);
  return [
    textNode(prefix ?? `${marker}${node.name}[`),
    ...node.children,
    textNode(suffix ?? `]${attributesText(node)}`),
  ];
}

function literalContainer(node: ContainerDirective, body: string | undefined): RootContent[] {
  const whole = sourceOf(node.position?.start.offset, node.position?.end.offset, body);
  const lines = whole?.split(/\r?\n/);
  const opening = lines?.[0] ?? `:::${node.name}${attributesText(node)}`;
  const closingLine = lines && lines.length > 1 ? lines.at(-1)?.trim() : undefined;
  const closing = whole === undefined ? ':::' : closingLine?.startsWith(':::') ? closingLine : undefined;
  const content = node.children.filter(
    (child) => !(child.data as { directiveLabel?: boolean })?.directiveLabel,
  );
  return [
    paragraph(opening),
    ...(content as RootContent[]),
    ...(closing === undefined ? [] : [paragraph(closing)]),
  ];
}

function sourceOf(start: number | undefined, end: number | undefined, body: string | undefined) {
  return start === undefined || end === undefined || body === undefined || end < start
    ? undefined
    : body.slice(start, end);
}

function attributesText(node: Directive): string {
  const entries = Object.entries(node.attributes ?? {});
  if (entries.length === 0) return '';
  return `{${entries.map(([key, value]) => (value ? `${key}="${value}"` : key)).join(' ')}}`;
}

function textNode(value: string): PhrasingContent {
  return { type: 'text', value };
}

function paragraph(value: string): Paragraph {
  return { type: 'paragraph', children: [textNode(value)] };
}
