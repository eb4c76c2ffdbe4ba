import type { Temporal } from 'temporal-polyfill';
import { parseInstant, parsePlainDate } from '../model/instant.ts';
import { cachedIntl, dateTimeFormat, noOptions } from './intl-cache.ts';

type PlainDateLike = Temporal.PlainDate | string;

// Wall-clock fields are formatted in UTC: Node 20's Intl does not take offset time zones, and the
// fields already are the local time the release was written in.
const utc = (isoLocal: string) => new Date(`${isoLocal}Z`);
const longDate = { dateStyle: 'long', timeZone: 'UTC' } as const;
const longDateTime = { ...longDate, timeStyle: 'short' } as const;

function toDate(date: PlainDateLike): Date | undefined {
  const plain = typeof date === 'string' ? parsePlainDate(date.trim()) : date;
  return plain && utc(`${plain.toString()}T00:00:00`);
}

/**
 * A front matter instant as its writer saw it: the date (and time) at the offset it was written
 * with, so `2018-04-16T09:00:00-06:00` shows 16 April, 09:00 whatever the build machine's zone.
 * Text that is not an instant is returned as written (`check` reports it).
 */
export function formatInstant(written: string, lang: string, options: { time?: boolean } = {}): string {
  const instant = parseInstant(written);
  if (!instant) return written;
  const format = dateTimeFormat(lang, options.time ? longDateTime : longDate);
  return format.format(utc(instant.local));
}

/** A calendar date `YYYY-MM-DD` in long form: `14 mars 2023`. Other text is returned as written. */
export function formatPlainDate(date: PlainDateLike, lang: string): string {
  const key = `${lang}\u0000${typeof date === 'string' ? date : date.toString()}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) {
    const at = toDate(date);
    formatted = at ? dateTimeFormat(lang, longDate).format(at) : String(date);
    if (formattedDates.size >= keptFormatted) formattedDates.clear();
    formattedDates.set(key, formatted);
  }
  return formatted;
}

// Bodies and pages name the same dates again and again, in a handful of languages.
const formattedDates = new Map<string, string>();

/** A piece of a formatted range: part of the start date, of the end date, or shared by both. */
export interface DateRangeSegment {
  readonly source: 'start' | 'end' | 'shared';
  readonly text: string;
}

/**
 * A date range with shared parts said once (`14–17 mars 2023`, `March 14 – 17, 2023`), as
 * segments so markup can tie each date to its own `<time>`. Where ICU has no long interval
 * pattern and would fall back to numeric dates (`2023/3/14 – 2023/3/17` in Chinese and
 * Japanese), both dates are written in full around the locale's range separator instead.
 */
export function formatDateRangeSegments(
  start: PlainDateLike,
  end: PlainDateLike,
  lang: string,
): readonly DateRangeSegment[] | undefined {
  const from = toDate(start);
  const to = toDate(end);
  if (!from || !to) return undefined;
  // ICU's range formatting takes tens of microseconds, and bodies name the same dates again and again.
  const key = `${lang}\u0000${from.getTime()}\u0000${to.getTime()}`;
  let segments = formattedRanges.get(key);
  if (segments === undefined) {
    if (formattedRanges.size >= keptFormatted) formattedRanges.clear();
    segments = Object.freeze(rangeSegments(from, to, lang).map((segment) => Object.freeze(segment)));
    formattedRanges.set(key, segments);
  }
  return segments;
}

const formattedRanges = new Map<string, readonly DateRangeSegment[]>();
const keptFormatted = 10_000;

function rangeSegments(from: Date, to: Date, lang: string): DateRangeSegment[] {
  const format = dateTimeFormat(lang, longDate);
  const parts = format.formatRangeToParts(from, to);
  if (from.getTime() !== to.getTime() && !hasLongIntervalPattern(lang))
    return [
      { source: 'start', text: format.format(from) },
      { source: 'shared', text: separator(parts) },
      { source: 'end', text: format.format(to) },
    ];
  const segments: { source: DateRangeSegment['source']; text: string }[] = [];
  for (const part of parts) {
    const source = part.source === 'startRange' ? 'start' : part.source === 'endRange' ? 'end' : 'shared';
    const last = segments.at(-1);
    if (last?.source === source) last.text += part.value;
    else segments.push({ source, text: part.value });
  }
  return segments;
}

/** A date range as text: `14–17 mars 2023`. Text that is not a date is returned as written. */
export function formatDateRange(start: PlainDateLike, end: PlainDateLike, lang: string): string {
  const segments = formatDateRangeSegments(start, end, lang);
  return segments ? segments.map((segment) => segment.text).join('') : `${String(start)}/${String(end)}`;
}

/**
 * Whether ICU formats a range within one month in long form, saying the year once. When it
 * repeats the year, it fell back to a generic numeric pattern.
 */
function hasLongIntervalPattern(lang: string): boolean {
  return cachedIntl('long-interval', lang, noOptions, () => {
    const parts = dateTimeFormat(lang, longDate).formatRangeToParts(
      utc('2023-03-14T00:00:00'),
      utc('2023-03-17T00:00:00'),
    );
    return parts.filter((part) => part.type === 'year').length === 1;
  });
}

/** The literal between the start and the end of a range (` – `, `至`, `～`). */
function separator(parts: Intl.DateTimeRangeFormatPart[]): string {
  const lastStart = parts.findLastIndex((part) => part.source === 'startRange');
  const between = parts.slice(lastStart + 1).find((part) => part.source === 'shared');
  return between?.type === 'literal' ? between.value : ' – ';
}
