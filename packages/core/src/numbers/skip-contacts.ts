import type { SkipRule } from './skip-rule.ts';

const digitCount = (span: string) => span.replace(/\D/g, '').length;

/** `+300 000` and `1 500 000 000` are amounts: thousands grouped in threes. */
const groupedThousands = /^\+?[ \u00a0]?\d{1,3}(?:([ \u00a0\u202f,.'’])\d{3})(?:\1\d{3})*$/;

/** Seven digits or more, not grouped like an amount. */
const isPhoneNumber = (span: string) => digitCount(span) >= 7 && !groupedThousands.test(span.trim());

const phoneLabel =
  'tel|tél|phone|telephone|téléphone|teléfono|tfno|fax|mobile|mob|cell|тел|телефон|факс|هاتف|الهاتف|جوال|فاكس|电话|手机|传真';

/** Telephone numbers: `+41 22 717 91 11`, `(212) 555-0100`, `Tél. : 01 23 45 67 89`. */
export const contactRules: readonly SkipRule[] = [
  {
    pattern: new RegExp(
      `(?<![\\p{Script=Latin}\\p{Script=Cyrillic}])(?:${phoneLabel})\\.?[ \\t\\u00a0]*[:：]?[ \\t\\u00a0]*\\+?[\\d(][\\d ()./\\u00a0-]{5,}\\d`,
      'giu',
    ),
    needle: /[\d(][\d ()./\u00a0-]{5,}\d/,
    accept: isPhoneNumber,
  },
  {
    pattern: /(?<![\p{L}\p{N}])\+[ \u00a0]?\d[\d ()./\u00a0-]*\d/gu,
    needle: /\+[ \u00a0]?\d/,
    accept: isPhoneNumber,
  },
  { pattern: /\(\d{2,5}\)[ \u00a0]?\d{2,4}(?:[ .\-\u00a0]\d{2,4})+/g, needle: /\(\d/, accept: isPhoneNumber },
  // Runs of short groups without a country code: `022 717 91 11`, `8 800 555-35-35`.
  {
    pattern: /(?<![\d.,+])\d{1,4}(?:[ .\-\u00a0]\d{2,4}){3,}(?!\d)/g,
    needle: /\d[ .\-\u00a0]\d{2,4}[ .\-\u00a0]\d{2,4}[ .\-\u00a0]\d/,
    accept: isPhoneNumber,
  },
];
