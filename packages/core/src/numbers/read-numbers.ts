import { normaliseDigits } from './normalise.ts';
import { blankSkipped } from './skip-spans.ts';
import {
  currencyAfter,
  currencyBefore,
  currencyCode,
  percentAfter,
  percentBefore,
  scaleWords,
} from './words.ts';

export type NumberKind = 'number' | 'percent' | 'currency';

export interface NumberToken {
  /** Normalised value: `6 800` → 6800, `1,5 млн` → 1500000, `71 %` → 71. */
  readonly value: number;
  /** As written, e.g. `1,5 million`. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  readonly kind: NumberKind;
  readonly currency?: string;
}

interface Separators {
  readonly group: string;
  readonly decimal: string;
}

const separatorCache = new Map<string, Separators>();

function separatorsOf(lang: string): Separators {
  let found = separatorCache.get(lang);
  if (!found) {
    let parts: Intl.NumberFormatPart[] = [];
    try {
      parts = new Intl.NumberFormat(lang, { numberingSystem: 'latn' }).formatToParts(1234567.5);
    } catch {
      parts = new Intl.NumberFormat('en').formatToParts(1234567.5);
    }
    found = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separatorCache.set(lang, found);
  }
  return found;
}

const numberPattern =
  /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}.,])([−-])?(\d{1,3}(?:[ \u00a0\u202f\u2009,.'’\u066c]\d{3})+(?:[.,\u066b]\d+)?|\d+(?:[.,\u066b]\d+)?)(?![\p{N}])/gu;

/** The value of digits with separators, deciding what `.` and `,` mean from the language. */
function parseDigits(text: string, { group, decimal }: Separators): number {
  const marks = [...text.matchAll(/[^\d]/g)].map((m) => m[0]);
  if (marks.length === 0) return Number(text);
  const plain = (s: string) => Number(s.replace(/[^\d.]/g, ''));
  if (text.includes('\u066b')) return plain(text.replace(/[^\d\u066b]/g, '').replace('\u066b', '.'));
  const dotsAndCommas = marks.filter((m) => m === '.' || m === ',');
  if (dotsAndCommas.length === 0) return plain(text.replace(/[^\d]/g, ''));
  const kinds = new Set(dotsAndCommas);
  if (kinds.size === 2) {
    const last = text.search(/[.,](?=\d+$)/);
    return plain(`${text.slice(0, last).replace(/[^\d]/g, '')}.${text.slice(last + 1)}`);
  }
  const mark = dotsAndCommas[0]!;
  const lastGroup = text.slice(text.lastIndexOf(mark) + 1);
  const isGroup =
    dotsAndCommas.length > 1 || (lastGroup.length === 3 && (mark === group || mark !== decimal));
  if (isGroup) return plain(text.replace(/[^\d]/g, ''));
  const at = text.lastIndexOf(mark);
  return plain(`${text.slice(0, at).replace(/[^\d]/g, '')}.${text.slice(at + 1)}`);
}

const isYear = (digits: string) => /^\d{4}$/.test(digits) && Number(digits) >= 1900 && Number(digits) <= 2100;

/**
 * The numbers a reader would compare across translations, in text order: locale-aware groups
 * and decimals, Arabic-Indic and Persian digits, scale words, percentages and currency amounts.
 * Years, dates, times, ordinals, phone numbers, codes, URLs and directives are not read.
 */
export function readNumbers(text: string, lang: string): NumberToken[] {
  const normalised = normaliseDigits(text);
  if (!/\d/.test(normalised)) return [];
  const readable = blankSkipped(normalised);
  const separators = separatorsOf(lang);
  const tokens: NumberToken[] = [];
  for (const match of readable.matchAll(numberPattern)) {
    const digits = match[2]!;
    let start = match.index;
    let end = start + match[0].length;
    let value = parseDigits(digits, separators);
    if (match[1]) value = -value;
    let kind: NumberKind = 'number';
    let currency: string | undefined;
    const after = normalised.slice(end, end + 24);
    for (const [pattern, factor] of scaleWords) {
      const scale = pattern.exec(after);
      if (scale) {
        value *= factor;
        end += scale[0].length;
        break;
      }
    }
    const rest = normalised.slice(end, end + 24);
    const percent = percentAfter.exec(rest);
    const before = normalised.slice(Math.max(0, start - 8), start);
    const percentPrefix = percentBefore.exec(before);
    const currencySuffix = currencyAfter.exec(rest);
    const currencyPrefix = currencyBefore.exec(before);
    if (percent) {
      kind = 'percent';
      end += percent[0].length;
    } else if (percentPrefix) {
      kind = 'percent';
      start -= percentPrefix[0].length;
    } else if (currencySuffix) {
      kind = 'currency';
      currency = currencyCode(currencySuffix[1]!);
      end += currencySuffix[0].length;
    } else if (currencyPrefix) {
      kind = 'currency';
      currency = currencyCode(currencyPrefix[1]!);
      start -= currencyPrefix[0].length;
    }
    if (
      kind === 'number' &&
      value === Number(digits) &&
      isYear(digits) &&
      end === match.index + match[0].length
    )
      continue;
    tokens.push({
      value,
      raw: text.slice(start, end).trim(),
      start,
      end,
      kind,
      ...(currency ? { currency } : {}),
    });
  }
  return tokens;
}
