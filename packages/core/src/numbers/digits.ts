/**
 * Arabic-Indic (U+0660–0669), Persian (U+06F0–06F9) and full-width digits become ASCII digits,
 * the Arabic and full-width percent signs `%`. Each replacement is one UTF-16 unit for one, so an
 * offset in the result is the same offset in the original text.
 */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u066a\u06f0-\u06f9\uff05\uff10-\uff19]/g, (char) => {
    const code = char.charCodeAt(0);
    if (code === 0x066a || code === 0xff05) return '%';
    if (code >= 0xff10) return String(code - 0xff10);
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

export interface Separators {
  readonly group: string;
  readonly decimal: string;
}

/** Marks that never separate decimals: spaces, apostrophes and the Arabic thousands separator. */
const groupOnly = /[ \u00a0\u202f\u2009'’\u066c]/;

/**
 * Whether the last mark in `written` (digits and separators, e.g. `6 800,5`) is a decimal mark.
 * Only a lone `.` or `,` followed by exactly three digits is ambiguous (`6.800`, `1,500`): it is a
 * decimal mark where the language writes decimals with it, a group separator everywhere else.
 */
function endsWithDecimals(written: string, marks: readonly string[], { decimal }: Separators): boolean {
  const last = marks.at(-1)!;
  if (last === '\u066b') return true;
  if (groupOnly.test(last)) return false;
  if (marks[0] !== last) return true;
  if (marks.length > 1) return false;
  const at = written.lastIndexOf(last);
  if (written.length - at - 1 !== 3 || at > 3) return true;
  return last === decimal;
}

/** `written` as a plain decimal string for `Number`: `6 800` → `6800`, `1,5` → `1.5`. */
export function plainDecimal(written: string, separators: Separators): string {
  const marks = written.match(/\D/g);
  if (!marks) return written;
  if (!endsWithDecimals(written, marks, separators)) return written.replace(/\D/g, '');
  const at = written.lastIndexOf(marks.at(-1)!);
  return `${written.slice(0, at).replace(/\D/g, '')}.${written.slice(at + 1)}`;
}
