import { Temporal } from 'temporal-polyfill';

/** An instant as written in front matter: the string, its UTC time and the offset it was written with. */
export interface WrittenInstant {
  readonly written: string;
  readonly epochMilliseconds: number;
  /** Offset as written, `+01:00` or `Z`. */
  readonly offset: string;
  /** Wall-clock date and time at that offset, as ISO `YYYY-MM-DDTHH:mm:ss`. */
  readonly local: string;
}

const instantPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:\d{2})$/;

// The Temporal polyfill is slow and checks, scheduling and pages parse the same instants and dates
// again and again (serve, at every rebuild; bodies name the same dates): each text is parsed once
// per process. Bounded.
const maxParsedTexts = 100_000;

/** `parse`, remembering its result for each text (at most `maxParsedTexts`, then it starts over). */
function parsedOnce<T>(parse: (text: string) => T | undefined): (text: string) => T | undefined {
  const known = new Map<string, T | null>();
  return (text) => {
    const found = known.get(text);
    if (found !== undefined) return found ?? undefined;
    const parsed = parse(text);
    if (known.size >= maxParsedTexts) known.clear();
    known.set(text, parsed ?? null);
    return parsed;
  };
}

/** Parses an ISO 8601 date-time with an offset, strictly (no missing offset, no 31 April). */
export const parseInstant: (text: string) => WrittenInstant | undefined = parsedOnce(parseInstantText);

function parseInstantText(text: string): WrittenInstant | undefined {
  const match = instantPattern.exec(text.trim());
  if (!match) return undefined;
  const [, date, time, offset] = match as unknown as [string, string, string, string];
  try {
    const local = Temporal.PlainDateTime.from(`${date}T${time}`, { overflow: 'reject' });
    const instant = Temporal.Instant.from(`${date}T${time}${offset}`);
    return {
      written: text,
      epochMilliseconds: instant.epochMilliseconds,
      offset,
      local: local.toString({ smallestUnit: 'second' }),
    };
  } catch {
    return undefined;
  }
}

/** A calendar date `YYYY-MM-DD`, rejecting impossible days (dates are immutable: shared). */
export const parsePlainDate: (text: string) => Temporal.PlainDate | undefined =
  parsedOnce(parsePlainDateText);

function parsePlainDateText(text: string): Temporal.PlainDate | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  try {
    return Temporal.PlainDate.from(text, { overflow: 'reject' });
  } catch {
    return undefined;
  }
}

export type DateOrRange =
  | { kind: 'date'; start: Temporal.PlainDate }
  | { kind: 'range'; start: Temporal.PlainDate; end: Temporal.PlainDate };

/** Reads the text of a `:date[]` directive: a date or an ISO 8601 interval `start/end`. */
export function parseDateOrRange(text: string): DateOrRange | undefined {
  const parts = text.trim().split('/');
  if (parts.length === 1) {
    const start = parsePlainDate(parts[0]!);
    return start && { kind: 'date', start };
  }
  if (parts.length !== 2) return undefined;
  const start = parsePlainDate(parts[0]!);
  const end = parsePlainDate(parts[1]!);
  return start && end ? { kind: 'range', start, end } : undefined;
}
