// TEMPORARY stand-in for @communique/core's format and render areas, which are being written in
// parallel: the same signatures, naive implementations. When the core exports them, this whole
// file becomes one line (and nothing else in the plugin changes):
//   export { countryName, formatDateRange, formatFigure, formatInstant, formatPlainDate, languageName,
//     localise, renderMarkdownText, renderVersionBody, textDirection } from '@communique/core';
// (`formatPlainDate(date, lang)` and `formatDateRange(start, end, lang)` are assumed to take
// Temporal.PlainDate values as `parseDateOrRange` gives them; adapt `inlineFormatters` in
// model/publish.ts if the core's take strings.)
import {
  type Figure,
  figureFormatOptions,
  figureValue,
  type LocalisedText,
  type PressRoom,
  parseInstant,
  type parsePlainDate,
  type ReleaseVersion,
} from '@communique/core';
import type { Nodes } from 'mdast';

type PlainDate = NonNullable<ReturnType<typeof parsePlainDate>>;

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (found === undefined) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

export function textDirection(lang: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(lang) as Intl.Locale & {
    getTextInfo?: () => { direction: string };
    textInfo?: { direction: string };
  };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

export function languageName(lang: string, inLang?: string): string {
  const name = new Intl.DisplayNames([inLang ?? lang], { type: 'language' }).of(lang) ?? lang;
  return inLang === undefined ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : name;
}

export function countryName(code: string, lang: string): string {
  return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
}

export function formatInstant(written: string, lang: string, options: { time?: boolean } = {}): string {
  const instant = parseInstant(written);
  if (!instant) return written;
  const [date, time] = instant.local.split('T') as [string, string];
  const utc = new Date(`${date}T${time}Z`);
  return cached(
    `dt:${lang}:${options.time}`,
    () =>
      new Intl.DateTimeFormat(lang, {
        dateStyle: 'long',
        ...(options.time ? { timeStyle: 'short' } : {}),
        timeZone: 'UTC',
      }),
  ).format(utc);
}

export function formatPlainDate(date: PlainDate, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date.toString()}T00:00:00Z`),
  );
}

export function formatDateRange(start: PlainDate, end: PlainDate, lang: string): string {
  return cached(
    `dt:${lang}:false`,
    () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }),
  ).formatRange(new Date(`${start.toString()}T00:00:00Z`), new Date(`${end.toString()}T00:00:00Z`));
}

export function formatFigure(figure: Figure, lang: string): string {
  const options = figureFormatOptions(figure);
  return cached(`nf:${lang}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(lang, options)).format(
    figureValue(figure),
  );
}

export function localise(
  text: LocalisedText,
  lang: string,
  fallbacks: readonly string[],
): { text: string; lang: string } | undefined {
  if (typeof text === 'string') return { text, lang };
  for (const tag of [lang, ...fallbacks]) {
    const found = text[tag];
    if (found !== undefined) return { text: found, lang: tag };
  }
  return undefined;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export function renderInline(text: string, _lang: string): string {
  return escapeHtml(text);
}

export function renderMarkdownText(md: string, _lang: string): string {
  return `<p>${escapeHtml(md).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')}</p>`;
}

export function renderVersionBody(
  version: ReleaseVersion,
  context: {
    room: PressRoom;
    lang: string;
    releaseUrl: (releaseId: string, lang: string) => string | undefined;
    assetUrl: (releaseId: string, name: string) => string;
  },
): string {
  const figures = version.meta?.figures ?? {};
  const inline = (node: Nodes): string => {
    if (node.type === 'textDirective' && node.name === 'fig') {
      const name = plain(node);
      const figure = figures[name];
      return figure === undefined
        ? escapeHtml(name)
        : `<data value="${figureValue(figure)}">${escapeHtml(formatFigure(figure, context.lang))}</data>`;
    }
    if (node.type === 'link') {
      const inner = node.children.map(inline).join('');
      if (/^https?:/.test(node.url)) return `<a href="${escapeHtml(node.url)}">${inner}</a>`;
      const match = /^\.\.\/\.\.\/(\d{4}\/[a-z0-9-]+)\/?$/.exec(node.url);
      if (match) {
        const url = context.releaseUrl(match[1]!, context.lang);
        return url ? `<a href="${escapeHtml(url)}">${inner}</a>` : inner;
      }
      return `<a href="${escapeHtml(context.assetUrl(version.releaseId, node.url))}">${inner}</a>`;
    }
    if ('value' in node && typeof node.value === 'string') return escapeHtml(node.value);
    if ('children' in node) return (node.children as Nodes[]).map(inline).join('');
    return '';
  };
  const block = (node: Nodes): string => {
    if (node.type === 'paragraph') return `<p>${node.children.map(inline).join('')}</p>`;
    if (node.type === 'containerDirective' && node.name === 'quote') {
      const by = context.room.people.entries[node.attributes?.by ?? '']?.name ?? '';
      return `<figure><blockquote>${node.children.map(block).join('')}</blockquote><figcaption>${escapeHtml(by)}</figcaption></figure>`;
    }
    if ('children' in node) return (node.children as Nodes[]).map(block).join('');
    return '';
  };
  return block(version.tree);
}

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return '';
}
