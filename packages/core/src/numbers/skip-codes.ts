import type { SkipRule } from './skip-rule.ts';

/** Letters that, glued to digits, make a code rather than a quantity. Arabic and Chinese run words into numbers (`و٧١`, `惠及6,800人`), so they do not. */
const codeLetter = '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}_]';
/**
 * A character that may be a code letter, then a digit: anything but a space, a digit or ASCII
 * punctuation other than `_` (a letter outside the first plane is its low surrogate here). Far
 * cheaper than the code pattern, which tries every word of the text.
 */
const letterThenDigit = /[^\s\d!-/:-@[-^`{-~]\d/;
/** Glued to an amount, these are money, not codes: `USD2.5 million`. */
const currencyCodes = 'USD|EUR|GBP|CHF|UAH|RUB|CNY|RMB|JPY|CAD|AUD|HKD';

/** Ordinals, list markers and codes: numbers that name or rank rather than count. */
export const codeRules: readonly SkipRule[] = [
  // 1st, 2nd, 1er, 1re, 2e, 2ème, 2nde, 3º, 2.º, 1-й, 2-го, 第3
  {
    pattern: /(?<![\d.,])\d+(?:st|nd|rd|th|er|re|ère|ere|ème|eme|e|è|ᵉ|ᵉʳ|ʳᵉ|nde?|º|ª)(?![\p{L}\p{N}])/gu,
  },
  { pattern: /(?<![\d.,])\d+\.(?:º|ª|°|er)/gu },
  { pattern: /(?<![\d.,])\d+[-‑]\p{Script=Cyrillic}{1,3}(?![\p{L}])/gu },
  { pattern: /第[ ]?\d+/gu },
  // List markers: `1.` or `1)` opening a line or a list item; `1、` in Chinese.
  { pattern: /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?(?:#{1,6}[ \t]+)?\d{1,3}[.)](?=[ \t])/gm },
  { pattern: /(?<=[;:；：][ \t]*)\d{1,2}\)(?=[ \t])/gu, needle: /\d\)/ },
  { pattern: /^[ \t]*\d{1,3}[、．]/gmu },
  // UN document symbols: A/RES/70/1, S/2024/123
  { pattern: /(?<![\p{L}\p{N}])[A-Z]{1,6}(?:\/[A-Z0-9.]+)+/gu, needle: /[A-Z]\// },
  // Hyphenated to a word in any script: COVID-19, كوفيد-19, UTC+2
  { pattern: /(?<![\p{L}\p{M}])[\p{L}\p{M}]+[-‐‑+]\d+(?:[.,]\d+)*/gu, needle: /[-‐‑+]\d/ },
  // Letters glued to digits: G20, A4, UN045589, H5N1, ISO3166
  {
    pattern: new RegExp(
      `(?<!${codeLetter}|\\p{N})(?!(?:${currencyCodes})\\d)${codeLetter}+\\d[\\p{L}\\p{N}_]*(?:[.\\-/]\\d[\\p{L}\\p{N}_]*)*`,
      'gu',
    ),
    needle: letterThenDigit,
  },
  // Digits, letters, digits: 4x4, 3D2
  { pattern: new RegExp(`(?<![\\p{L}\\p{N}_.,])\\d+${codeLetter}+\\d[\\p{L}\\p{N}_]*`, 'gu') },
];
