import { type Affix, affixAfter, affixBefore } from './affixes.ts';
import { asciiDigits, plainDecimal } from './digits.ts';
import { type LocaleDigits, localeDigits } from './locale.ts';
import { readScale, type Scale } from './scales.ts';
import { blankSkipped } from './skip-spans.ts';
import type { NumberKind, NumberToken } from './token.ts';
import { gluedToCode } from './units.ts';

/**
 * An optional minus sign with nothing before it that makes it a hyphen (`-15`, not the `-15` of
 * `10-15`), then digits: thousands grouped in threes by one repeated separator with optional
 * decimals (`6 800`, `1.234.567,5`, `٦٬٨٠٠`), or plain digits with optional decimals (`1,5`).
 * Digits touching a further separator and digit (`1.2.3`) are not read at all.
 */
const numberPattern =
  /(?:(?<![\p{L}\p{N}])([-\u2212]))?(?<!\d|\d[.,'’\u066b\u066c])(\d{1,3}([ \u00a0\u202f\u2009,.'’\u066c])\d{3}(?:\3\d{3})*(?:(?!\3)[.,\u066b]\d+)?|\d+(?:[.,\u066b]\d+)?)(?!\d|[.,'’\u066b\u066c]\d)/gu;

/** How far before and after the digits a currency, scale or percent word may reach. */
const reachBefore = 16;
const reachAfter = 48;

interface Context {
  readonly text: string;
  /** The text with ASCII digits and skipped spans blanked, same offsets. */
  readonly readable: string;
  readonly lang: string;
  readonly locale: LocaleDigits;
}

interface Suffixes {
  readonly length: number;
  readonly scale?: Scale;
  readonly affix?: Affix;
}

/** Scale then percent or currency after the digits: `1,5 million d’euros`, `150万欧元`, `$2m`. */
function readSuffixes(after: string, lang: string, moneyBefore: boolean): Suffixes {
  const scale = readScale(after, lang);
  const affix = affixAfter(scale ? after.slice(scale.length) : after);
  if (scale?.moneyOnly && !moneyBefore && affix?.kind !== 'currency') {
    const alone = affixAfter(after);
    return alone ? { length: alone.length, affix: alone } : { length: 0 };
  }
  const length = (scale?.length ?? 0) + (affix?.length ?? 0);
  return { length, ...(scale ? { scale } : {}), ...(affix ? { affix } : {}) };
}

/** A four-digit year: 1000–2999, or 1900–2100 where four-digit amounts are also written ungrouped. */
function isYear(digits: string, { groupsFourDigits }: LocaleDigits): boolean {
  if (!/^\d{4}$/.test(digits)) return false;
  const year = Number(digits);
  return groupsFourDigits ? year >= 1000 && year <= 2999 : year >= 1900 && year <= 2100;
}

function kindOf(
  prefix: Affix | undefined,
  suffix: Affix | undefined,
): { kind: NumberKind; currency?: string } {
  if (prefix?.kind === 'percent' || suffix?.kind === 'percent') return { kind: 'percent' };
  const currency = suffix?.currency ?? prefix?.currency;
  if (prefix || suffix) return currency ? { kind: 'currency', currency } : { kind: 'currency' };
  return { kind: 'number' };
}

/** The token for one match of `numberPattern`, or nothing when it is a year or part of a code. */
function tokenAt(match: RegExpExecArray, from: number, context: Context): NumberToken | undefined {
  const { text, readable, lang, locale } = context;
  const sign = match[1];
  const digits = match[2]!;
  const digitsEnd = match.index + match[0].length;
  const prefix = affixBefore(readable.slice(Math.max(from, match.index - reachBefore), match.index));
  const after = readable.slice(digitsEnd, digitsEnd + reachAfter);
  const suffixes = readSuffixes(after, lang, prefix?.kind === 'currency');
  const bare = !prefix && suffixes.length === 0;
  if (bare && (gluedToCode(after) || (!sign && isYear(digits, locale)))) return undefined;
  const exponent = suffixes.scale?.exponent ?? 0;
  const value = Number(`${sign ? '-' : ''}${plainDecimal(digits, locale)}e${exponent}`) || 0;
  const start = match.index - (prefix?.length ?? 0);
  const end = digitsEnd + suffixes.length;
  return { value, raw: text.slice(start, end), start, end, ...kindOf(prefix, suffixes.affix) };
}

/**
 * The numbers a reader would compare across translations, in text order: digits in any of the
 * language's groupings, Arabic-Indic and Persian digits, scale words, percentages and amounts of
 * money. Years, dates, times, ordinals, list markers, phone numbers, codes, URLs, e-mail addresses
 * and directives are not read. `lang` is a BCP 47 tag.
 */
export function readNumbers(text: string, lang: string): NumberToken[] {
  const ascii = asciiDigits(text);
  if (!/\d/.test(ascii)) return [];
  const context: Context = { text, readable: blankSkipped(ascii), lang, locale: localeDigits(lang) };
  const tokens: NumberToken[] = [];
  let from = 0;
  for (const match of context.readable.matchAll(numberPattern)) {
    if (match.index < from) continue;
    const token = tokenAt(match, from, context);
    if (!token) continue;
    tokens.push(token);
    from = token.end;
  }
  return tokens;
}
