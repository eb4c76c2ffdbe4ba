const narrowNoBreak = '\u202f';
const noBreak = '\u00a0';

/**
 * French typography, as the Imprimerie nationale sets it: a narrow no-break space (U+202F)
 * before `;`, `!` and `?`, a no-break space (U+00A0) before `:` and inside « », so punctuation
 * never starts a line. Spaces the writer typed are replaced; none are added before `;:!?`, so
 * times (`10:30`), URLs and names (`Yahoo!`) are left alone. Guillemets always get their spaces.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${narrowNoBreak}$1`)
    .replace(/[ \u00a0\u202f]+:/g, `${noBreak}:`)
    .replace(/«[ \u00a0\u202f]*/g, `«${noBreak}`)
    .replace(/[ \u00a0\u202f]*»/g, `${noBreak}»`);
}

/** Whether a language tag is French (`fr`, `fr-CA`, `fr-CH`…). */
export function isFrench(lang: string): boolean {
  return lang === 'fr' || lang.toLowerCase().startsWith('fr-');
}

/** Applies the typography a language wants to a run of text. */
export function localTypography(text: string, lang: string): string {
  return isFrench(lang) ? frenchTypography(text) : text;
}
