import type { ContactCard } from '../model/types.ts';
import { ui } from '../ui-strings/index.ts';

/**
 * A press contact as a vCard 3.0 (RFC 2426), the version every phone's contacts app imports
 * (iOS writes 3.0 itself; 4.0 support is uneven). Text is UTF-8; the languages a person speaks
 * go in `NOTE`, in the card's language, since 3.0 has no `LANG`.
 *
 * `N` holds the whole name as the family name: people.yaml has one `name`, and splitting it at a
 * space is wrong for many names a press office lists (`Ana María García López`, `Nguyễn Văn An`);
 * contacts apps show it whole either way.
 */
export function vcard(card: ContactCard, lang: string): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'PRODID:-//Communique//Press contacts//EN',
    `N:${text(card.name)};;;;`,
    `FN:${text(card.name)}`,
    ...(card.organisationName ? [`ORG:${text(card.organisationName.text)}`] : []),
    ...(card.role ? [`TITLE:${text(card.role.text)}`] : []),
    ...(card.phone ? [`TEL;TYPE=work,voice:${text(card.phone.e164)}`] : []),
    ...(card.mobile ? [`TEL;TYPE=cell,voice:${text(card.mobile.e164)}`] : []),
    `EMAIL;TYPE=internet,work:${text(card.email)}`,
    ...(card.languages.length > 0
      ? [`NOTE:${text(ui(lang, 'labelled', { label: ui(lang, 'speaks'), value: spokenList(card, lang) }))}`]
      : []),
    'END:VCARD',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

function spokenList(card: ContactCard, lang: string): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(
    card.languages.map((spoken) => spoken.name),
  );
}

/** A TEXT value: backslash, comma and semicolon escaped, line breaks as `\n`. */
export function text(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(',', '\\,')
    .replaceAll(';', '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets folded (RFC 2426 §2.6, RFC 6350 §3.2): a line break and a space
 * before each further 74 octets, never inside a UTF-8 sequence or a surrogate pair.
 */
export function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
