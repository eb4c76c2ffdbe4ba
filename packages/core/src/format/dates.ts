import { Temporal } from 'temporal-polyfill';
import { parseInstant } from '../model/instant.ts';
import { dateTimeFormat } from './intl-cache.ts';

type PlainDateLike = Temporal.PlainDate | string;

// Wall-clock fields are formatted in UTC: Node 20's Intl does not take offset time zones, and the
// fields already are the local time the release was written in.
const utc = (isoLocal: string) => new Date(`${isoLocal}Z`);
const toDate = (date: PlainDateLike) => utc(`${Temporal.PlainDate.from(date).toString()}T00:00:00`);

/** A front matter instant as its writer saw it: the date (and time) at the offset it was written with. */
export function formatInstant(written: string, lang: string, options: { time?: boolean } = {}): string {
  const instant = parseInstant(written);
  if (!instant) return written;
  const format = dateTimeFormat(lang, {
    dateStyle: 'long',
    ...(options.time ? { timeStyle: 'short' } : {}),
    timeZone: 'UTC',
  });
  return format.format(utc(instant.local));
}

/** A calendar date: `14 mars 2023`. */
export function formatPlainDate(date: PlainDateLike, lang: string): string {
  return dateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(toDate(date));
}

/** A date range with shared parts said once: `14–17 mars 2023`. */
export function formatDateRange(start: PlainDateLike, end: PlainDateLike, lang: string): string {
  return dateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(toDate(start), toDate(end));
}
