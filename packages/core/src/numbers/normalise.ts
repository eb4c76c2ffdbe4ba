/**
 * Maps Arabic-Indic (U+0660–0669), Persian (U+06F0–06F9) and full-width digits to ASCII and the
 * Arabic separators and percent sign to their Latin look-alikes, one UTF-16 unit for one, so
 * offsets in the result are offsets in the original text.
 */
export function normaliseDigits(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else if (code >= 0xff10 && code <= 0xff19) out += String(code - 0xff10);
    else if (char === '\u066b')
      out += '\u066b'; // Arabic decimal separator, kept distinct
    else if (char === '\u066c')
      out += '\u066c'; // Arabic thousands separator, kept distinct
    else if (char === '\u066a' || char === '\uff05') out += '%';
    else out += char;
  }
  return out;
}
