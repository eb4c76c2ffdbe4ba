/**
 * What is not a quantity to compare, or may legitimately be written differently: URLs and
 * emails, directives, phone numbers, dates and clock times in digits, ordinals, list markers,
 * and codes where digits are glued to Latin or Cyrillic letters (COVID-19, G20, A4, UN045589).
 */
// Each pattern may come with a cheap test that must pass before the costly one runs.
const skipPatterns: readonly (readonly [RegExp, RegExp?])[] = [
  [/\b(?:https?:\/\/|www\.)\S+/giu, /(?:https?:|www\.)/i],
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, /@/],
  [/:{1,3}[a-z][\w-]*(?:\[[^\]\n]*\])?(?:\{[^}\n]*\})?/gi, /:/],
  [/(?<![\p{Script=Latin}\p{N}])\+\d[\d\s().\u00a0-]{6,}\d/gu, /\+\d/],
  [/\(\d{2,4}\)\s?\d{3}[-\s]\d{4}/g, /\(\d/],
  [/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g, /\d-\d/],
  [/(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)/g, /\d[./-]\d/],
  [/(?<!\d)\d{1,2}\s?(?::|h|ч\.?|時)\s?\d{2}(?!\d)/gu],
  [/(?<![\d.,])\d{1,2}(?:[.:]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|h(?![\p{L}\p{N}]))/giu],
  [
    /(?<![\d.,])\d+\s?(?:st|nd|rd|th|er|re|ère|e|ème|ᵉ|º|ª|\.º|-й|-го|-я|-е|-ї|-му|-м|-х|-ом)(?![\p{L}\p{N}])/gu,
  ],
  [/第\s?\d+/g],
  [/(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{4}年/gu],
  [/^\s*\d+[.)](?=\s)/gm],
  [/[\p{Script=Latin}\p{Script=Cyrillic}]+[-‐]?\d+(?:[.,]\d+)*/gu],
  [/\d+(?=[\p{Script=Latin}\p{Script=Cyrillic}]+\d)/gu],
];

/** Replaces every skipped span with spaces (same length), keeping offsets. */
export function blankSkipped(text: string): string {
  let out = text;
  for (const [pattern, needle] of skipPatterns) {
    if (needle && !needle.test(out)) continue;
    out = out.replace(pattern, (match) => ' '.repeat(match.length));
  }
  return out;
}
