import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editedCopy, reported } from '../translation/fixture-room.ts';

const room = fileURLToPath(new URL('./fixtures/cross-number-mismatch', import.meta.url));
const en = 'releases/2025/mistyped/en.md';
const fr = 'releases/2025/mistyped/fr.md';

describe('number-mismatch', () => {
  const found = reported(room, 'number-mismatch');

  it('reports each number that did not survive translation on the translation, at line and column', () => {
    expect(found.map((d) => [`${d.file}:${d.line}:${d.column}`, d.severity, d.cause])).toEqual([
      [`${fr}:6:8`, 'warning', `${en}:5:6`], // summary (a folded block): 13 for 12
      [`${fr}:8:23`, 'warning', `${en}:11:23`], // body: 68 000 for 6,800
      [`${fr}:10:1`, 'warning', `${en}:13:16`], // "12 countries" became "many countries"
      [`${fr}:12:46`, 'warning', `${en}:15:18`], // a number the original does not have, in a quote block
    ]);
  });

  it('names the number and its nearest counterpart, with file and line', () => {
    expect(found[1]?.message).toBe(
      '`68 000` here has no equal in the original `en.md` (nearest: `6,800` at en.md:11)',
    );
    expect(found[2]?.message).toBe(
      '`12` at en.md:13 has no equal in this version (nearest here: `13` at fr.md:6): translate it, or check it against the original',
    );
  });

  it('makes a mistyped number one warning, not one for each side', () => {
    expect(found.filter((d) => d.cause === `${en}:11:23`)).toHaveLength(1);
  });

  it('is silent on faithful translations: separators, percent signs, currencies, Arabic digits, quotes', () => {
    expect(found.filter((d) => d.file.includes('/faithful/'))).toEqual([]);
  });

  it('does not read code, HTML comments, URLs, phone numbers, times, dates or directives', () => {
    // en.md of `faithful` has 2,500 in an HTML comment, 404 in code and 45 in a URL; fr.md differs in each.
    const withNumber = editedCopy(room, {
      'releases/2025/faithful/fr.md': (text) => text.replace('Code `ERR-405`.', 'Code `ERR-405`, 2 500 cas.'),
    });
    const faithful = reported(withNumber, 'number-mismatch').filter((d) => d.file.includes('/faithful/'));
    expect(faithful.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([
      'releases/2025/faithful/fr.md:8:104',
    ]);
  });

  it('stops once the translation carries every number', () => {
    const fixed = editedCopy(room, {
      [fr]: (text) =>
        text
          .replace('dans 13 pays', 'dans 12 pays')
          .replace('68 000', '6 800')
          .replace('de nombreux pays', '12 pays')
          .replace(', et 4 en option', ''),
    });
    expect(reported(fixed, 'number-mismatch')).toEqual([]);
  });
});
