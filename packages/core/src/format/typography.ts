const narrowNoBreak = '\u202f';
const noBreak = '\u00a0';

/**
 * French typography: a narrow no-break space before `;`, `!`, `?` and `»` and after `«`, a
 * no-break space before `:`, so punctuation never starts a line. Only existing spaces are
 * replaced (and missing ones inside « »), so times like `10:30` and URLs are left alone.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/[ \u00a0]+([;!?»])/g, `${narrowNoBreak}$1`)
    .replace(/[ \u00a0\u202f]+:/g, `${noBreak}:`)
    .replace(/«[ \u00a0]*/g, `«${narrowNoBreak}`)
    .replace(/([^\s\u202f])»/g, `$1${narrowNoBreak}»`);
}

/** Applies the typography a language wants to a run of text. */
export function localTypography(text: string, lang: string): string {
  return lang === 'fr' || lang.startsWith('fr-') ? frenchTypography(text) : text;
}
