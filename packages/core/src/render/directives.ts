import type { ElementContent } from 'hast';
import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { figureValue } from '../checks/figures.ts';
import { formatDateRangeSegments, formatPlainDate } from '../format/dates.ts';
import { formatFigure } from '../format/figures.ts';
import { plainText } from '../markdown/directives.ts';
import { SKIP, walk } from '../markdown/walk.ts';
import { parseDateOrRange } from '../model/instant.ts';
import type { ReleaseVersion } from '../model/press-room.ts';
import { attribution } from './attribution.ts';
import type { RenderContext } from './context.ts';
import { text } from './hast-builders.ts';
import { literalDirective } from './literal.ts';

type HastData = { hName?: string; hProperties?: Record<string, unknown>; hChildren?: ElementContent[] };

/**
 * Turns `:fig[]`, `:date[]` and `:::quote` into their HTML, and any other directive (or one
 * that does not resolve: an unknown figure, a date that is no date) back into its text.
 */
export function transformDirectives(tree: Root, version: ReleaseVersion, context: RenderContext): void {
  const figures = version.meta?.figures ?? {};
  const fallbacks = fallbackLanguages(version, context);
  walk(tree, (node, index, parent) => {
    if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective')
      return;
    if (!parent || index === undefined) return;
    if (node.type === 'textDirective' && node.name === 'fig') {
      const figure = figures[plainText(node).trim()];
      if (figure !== undefined) {
        setElement(node, 'data', { value: String(figureValue(figure)) }, [
          text(formatFigure(figure, context.lang)),
        ]);
        return SKIP;
      }
    } else if (node.type === 'textDirective' && node.name === 'date') {
      const rendered = renderDate(plainText(node), context.lang);
      if (rendered) {
        dropDoubledPeriod(rendered, parent.children[index + 1]);
        return replaceWith(parent, index, rendered);
      }
    } else if (node.type === 'containerDirective' && node.name === 'quote') {
      renderQuote(node, fallbacks, context);
      return;
    }
    return replaceWith(parent, index, literalDirective(node, version.body));
  });
}

function renderDate(written: string, lang: string): PhrasingContent[] | undefined {
  const parsed = parseDateOrRange(written);
  if (!parsed) return undefined;
  const start = parsed.start.toString();
  if (parsed.kind === 'date') return [timeNode(start, formatPlainDate(parsed.start, lang))];
  // A range is one or more <time> elements, each with its own date, around the shared parts:
  // `<time datetime="2023-03-14">14</time>–<time datetime="2023-03-17">17</time> mars 2023`.
  const end = parsed.end.toString();
  const segments = formatDateRangeSegments(parsed.start, parsed.end, lang) ?? [];
  return segments.map((segment) =>
    segment.source === 'shared'
      ? { type: 'text', value: segment.text }
      : timeNode(segment.source === 'start' ? start : end, segment.text),
  );
}

/**
 * A date that ends with an abbreviation (`2023 р.`, `2023 г.`) ending a sentence takes the
 * sentence's full stop: `17 березня 2023 р.`, not `р..`.
 */
function dropDoubledPeriod(rendered: PhrasingContent[], next: RootContent | undefined): void {
  const last = rendered.at(-1);
  if (
    last?.type === 'text' &&
    last.value.endsWith('.') &&
    next?.type === 'text' &&
    next.value.startsWith('.')
  )
    next.value = next.value.slice(1);
}

function timeNode(datetime: string, value: string): PhrasingContent {
  return {
    type: 'text',
    value,
    data: { hName: 'time', hProperties: { dateTime: datetime } },
  } as PhrasingContent;
}

function renderQuote(node: ContainerDirective, fallbacks: readonly string[], context: RenderContext): void {
  const caption = attribution(node.attributes?.by ?? undefined, fallbacks, context);
  const content = node.children.filter(
    (child) => !(child.data as { directiveLabel?: boolean })?.directiveLabel,
  );
  const blockquote = { type: 'blockquote', children: content } as RootContent;
  const children: RootContent[] = [blockquote];
  if (caption)
    children.push({
      type: 'paragraph',
      children: [],
      data: { hName: 'figcaption', hChildren: caption },
    } as RootContent);
  node.children = children as ContainerDirective['children'];
  node.data = { hName: 'figure', hProperties: { className: ['quote'] } } as ContainerDirective['data'];
}

function setElement(
  node: TextDirective,
  hName: string,
  hProperties: Record<string, unknown>,
  hChildren: ElementContent[],
): void {
  node.data = { hName, hProperties, hChildren } as HastData as TextDirective['data'];
}

function replaceWith(parent: Parent, index: number, nodes: RootContent[]): [typeof SKIP, number] {
  parent.children.splice(index, 1, ...(nodes as typeof parent.children));
  // Visit the new nodes next: a literal's label may hold a `:fig[]`.
  return [SKIP, index];
}

/** Per-language registry text falls back to the original's language, then the site's first. */
function fallbackLanguages(version: ReleaseVersion, context: RenderContext): string[] {
  const original = context.room.releaseById.get(version.releaseId)?.original?.lang ?? version.lang;
  const first = context.room.site?.languages[0];
  return first === undefined ? [original] : [original, first];
}
