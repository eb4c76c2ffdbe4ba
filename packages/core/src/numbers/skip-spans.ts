import { codeRules } from './skip-codes.ts';
import { contactRules } from './skip-contacts.ts';
import { dateRules } from './skip-dates.ts';
import { markupRules } from './skip-markup.ts';
import { blankSpans, type SkipRule } from './skip-rule.ts';

// Order matters: a URL may hold a date, a date must go before its digits look like a phone number,
// and times before `h30` looks like a code.
const rules: readonly SkipRule[] = [...markupRules, ...dateRules, ...contactRules, ...codeRules];

/** `text` with everything that is not a quantity to compare blanked out, offsets kept. */
export function blankSkipped(text: string): string {
  return blankSpans(text, rules);
}
