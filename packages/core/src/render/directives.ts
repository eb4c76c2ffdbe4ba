import type { ElementContent } from 'hast';
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { figureValue } from '../checks/figures.ts';
import { formatDateRange, formatPlainDate } from '../format/dates.ts';
import { formatFigure } from '../format/figures.ts';
import { localise } from '../format/localise.ts';
import { textDirection } from '../format/names.ts';
import { plainText } from '../markdown/directives.ts';
import { parseDateOrRange } from '../model/instant.ts';
import type { ReleaseVersion } from '../model/press-room.ts';
import type { RenderContext } from './context.ts';
import { element, inLanguage, text } from './hast-builders.ts';

type HastData = { hName?: string; hProperties?: Record<string, unknown>; hChildren?: ElementContent[] };

/** Turns `:fig[]`, `:date[]` and `:::quote` into their HTML; any other directive back into its text. */
export function transformDirectives(tree: Root, version: ReleaseVersion, context: RenderContext): void {
  const figures = version.meta?.figures ?? {};
  visit(tree, (node, index, parent) => {
    if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective')
      return;
    if (!parent || index === undefined) return;
    node.data ??= {};
    const data = node.data as HastData;
    if (node.type === 'textDirective' && node.name === 'fig') {
      const name = plainText(node).trim();
      const figure = figures[name];
      if (figure === undefined) return replaceWith(parent, index, { type: 'text', value: name });
      data.hName = 'data';
      data.hProperties = { value: String(figureValue(figure)) };
      data.hChildren = [text(formatFigure(figure, context.lang))];
      return SKIP;
    }
    if (node.type === 'textDirective' && node.name === 'date') {
      const written = plainText(node).trim();
      const parsed = parseDateOrRange(written);
      if (!parsed) return replaceWith(parent, index, { type: 'text', value: written });
      data.hName = 'time';
      if (parsed.kind === 'date') {
        data.hProperties = { dateTime: parsed.start.toString() };
        data.hChildren = [text(formatPlainDate(parsed.start, context.lang))];
      } else {
        data.hProperties = { dateTime: parsed.start.toString(), dataEnd: parsed.end.toString() };
        data.hChildren = [text(formatDateRange(parsed.start, parsed.end, context.lang))];
      }
      return SKIP;
    }
    if (node.type === 'containerDirective' && node.name === 'quote') {
      data.hName = 'figure';
      data.hProperties = { className: ['quote'] };
      const caption = attribution(node.attributes?.by ?? undefined, version, context);
      const blockquote = { type: 'blockquote', children: node.children, data: {} } as unknown as RootContent;
      const figcaption = {
        type: 'paragraph',
        children: [],
        data: { hName: 'figcaption', hChildren: caption },
      } as unknown as RootContent;
      node.children = [blockquote, figcaption] as typeof node.children;
      return;
    }
    return replaceWith(parent, index, ...literal(node));
  });
}

function replaceWith(parent: Parent, index: number, ...nodes: RootContent[]): [typeof SKIP, number] {
  parent.children.splice(index, 1, ...(nodes as typeof parent.children));
  return [SKIP, index + nodes.length];
}

/** An unknown directive as the writer typed it (`Note:the` must not lose `:the`). */
function literal(node: Nodes): RootContent[] {
  if (node.type === 'textDirective') {
    const label =
      node.children.length > 0
        ? [
            { type: 'text', value: '[' } as PhrasingContent,
            ...node.children,
            { type: 'text', value: ']' } as PhrasingContent,
          ]
        : [];
    return [{ type: 'text', value: `:${node.name}` }, ...label] as RootContent[];
  }
  if (node.type === 'leafDirective')
    return [{ type: 'paragraph', children: [{ type: 'text', value: `::${node.name}` }, ...node.children] }];
  if (node.type === 'containerDirective') return node.children as RootContent[];
  return [];
}

function attribution(
  by: string | undefined,
  version: ReleaseVersion,
  context: RenderContext,
): ElementContent[] {
  const person = by === undefined ? undefined : context.room.people.entries[by];
  if (!person) return by ? [text(by)] : [];
  const pageLang = context.lang;
  const pageDir = textDirection(pageLang);
  const fallbacks = [
    version.meta ? originalLang(version, context) : pageLang,
    context.room.site?.languages[0] ?? pageLang,
  ];
  const parts: ElementContent[] = [text('— '), element('bdi', {}, [text(person.name)])];
  const role = localise(person.role, pageLang, fallbacks);
  if (role)
    parts.push(text(', '), inLanguage(role.text, role.lang, pageLang, textDirection(role.lang), pageDir));
  const organisation = person.organisation
    ? context.room.organisations.entries[person.organisation]
    : undefined;
  const orgName = organisation
    ? localise(organisation.short ?? organisation.name, pageLang, fallbacks)
    : undefined;
  if (orgName)
    parts.push(
      text(', '),
      inLanguage(orgName.text, orgName.lang, pageLang, textDirection(orgName.lang), pageDir),
    );
  return parts;
}

function originalLang(version: ReleaseVersion, context: RenderContext): string {
  return context.room.releaseById.get(version.releaseId)?.original?.lang ?? version.lang;
}
