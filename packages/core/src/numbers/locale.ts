import type { Separators } from './digits.ts';

export interface LocaleDigits extends Separators {
  /** Whether the language groups four-digit numbers (`2,500`) rather than writing `2500` like a year. */
  readonly groupsFourDigits: boolean;
}

/** Languages whose writers commonly leave four-digit amounts ungrouped (`6800人`), whatever CLDR says. */
const ungroupedInPractice = new Set(['zh', 'ja', 'ko']);

const cache = new Map<string, LocaleDigits>();

function numberFormat(lang: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(lang, { numberingSystem: 'latn' });
  } catch {
    return new Intl.NumberFormat('en');
  }
}

function learn(lang: string): LocaleDigits {
  const format = numberFormat(lang);
  const parts = format.formatToParts(1234567.5);
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    groupsFourDigits:
      !ungroupedInPractice.has(base) && format.formatToParts(2500).some((part) => part.type === 'group'),
  };
}

/** The separators a language writes numbers with, learned from `Intl.NumberFormat`. */
export function localeDigits(lang: string): LocaleDigits {
  let found = cache.get(lang);
  if (!found) {
    found = learn(lang);
    cache.set(lang, found);
  }
  return found;
}
