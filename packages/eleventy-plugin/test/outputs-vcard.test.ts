import { describe, expect, test } from 'vitest';
import { ui, vcard, vcardPath } from '../src/index.ts';
import { hostileName, hostileRole, hostileRoom, publishFixture } from './outputs-helpers.ts';

interface Property {
  readonly name: string;
  readonly params: string[];
  /** Components split at unescaped `;`, each unescaped. */
  readonly values: string[];
}

/** Reads a vCard back as a client would: unfold, split name/params/value, unescape. */
function parse(card: string): Property[] {
  expect(card.endsWith('\r\n')).toBe(true);
  expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const unfolded = card
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
  return unfolded.map((line) => {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    const raw = line.slice(colon + 1);
    const values = raw
      .split(/(?<!\\)(?:\\\\)*;/)
      .map((part) => part.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c)));
    return { name: name!, params, values };
  });
}

function only(properties: Property[], name: string): Property[] {
  return properties.filter((property) => property.name === name);
}

/** The physical lines of a card as bytes: each at most 75 octets and valid UTF-8 on its own. */
function physicalLines(card: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(card);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.slice(start, i));
      start = i + 2;
    }
  }
  return lines;
}

describe('vCards', () => {
  test('one per contact of a published page and per language they appear in, at /<lang>/contacts/<id>.vcf', () => {
    const site = publishFixture();
    expect(site.vcards.map((entry) => entry.url)).toEqual([
      '/en/contacts/horbunova.vcf',
      '/fr/contacts/horbunova.vcf',
      '/ar/contacts/horbunova.vcf',
      '/uk/contacts/horbunova.vcf',
      '/en/contacts/martin.vcf',
      '/fr/contacts/martin.vcf',
      '/ar/contacts/martin.vcf',
      '/uk/contacts/martin.vcf',
    ]);
    for (const page of site.pages)
      for (const contact of page.contacts) expect(contact.vcardUrl).toBe(vcardPath(page.lang, contact.id));
    expect(site.vcards.some((entry) => entry.card.id === 'canary-person')).toBe(false);
  });

  test('a card reads back with FN, N, ORG, TITLE in the language, E.164 TEL work and cell, EMAIL and the languages spoken', () => {
    const fr = publishFixture().vcards.find((entry) => entry.url === '/fr/contacts/martin.vcf')!;
    const properties = parse(vcard(fr.card, fr.lang));
    expect(properties[0]).toEqual({ name: 'BEGIN', params: [], values: ['VCARD'] });
    expect(only(properties, 'VERSION')[0]!.values).toEqual(['3.0']);
    expect(only(properties, 'FN')[0]!.values).toEqual(['Claire Martin']);
    expect(only(properties, 'N')[0]!.values).toEqual(['Claire Martin', '', '', '', '']);
    expect(only(properties, 'ORG')[0]!.values).toEqual(['Organisation internationale pour les migrations']);
    expect(only(properties, 'TITLE')[0]!.values).toEqual(['Porte-parole']);
    expect(only(properties, 'TEL')).toEqual([
      { name: 'TEL', params: ['TYPE=work,voice'], values: ['+41227179111'] },
      { name: 'TEL', params: ['TYPE=cell,voice'], values: ['+41792854366'] },
    ]);
    for (const tel of only(properties, 'TEL')) expect(tel.values[0]).toMatch(/^\+[1-9]\d{6,14}$/);
    expect(only(properties, 'EMAIL')).toEqual([
      { name: 'EMAIL', params: ['TYPE=internet,work'], values: ['cmartin@iom.example.org'] },
    ]);
    expect(only(properties, 'NOTE')[0]!.values).toEqual(['Langues parlées\u00a0: français et anglais']);
    expect(properties.at(-1)).toEqual({ name: 'END', params: [], values: ['VCARD'] });
  });

  test('the same person in Ukrainian has the role and organisation in Ukrainian, with no mobile', () => {
    const uk = publishFixture().vcards.find((entry) => entry.url === '/uk/contacts/horbunova.vcf')!;
    const properties = parse(vcard(uk.card, uk.lang));
    expect(only(properties, 'TITLE')[0]!.values).toEqual(['Речниця']);
    expect(only(properties, 'ORG')[0]!.values).toEqual(['Міжнародна організація з міграції']);
    expect(only(properties, 'TEL').map((tel) => tel.params)).toEqual([['TYPE=work,voice']]);
    expect(only(properties, 'NOTE')[0]!.values).toEqual([
      `${ui('uk', 'speaks')}: українська, російська і англійська`,
    ]);
  });

  test('commas, semicolons, backslashes and line breaks are escaped and read back whole; lines fold at 75 octets without splitting a character', () => {
    const site = publishFixture(hostileRoom());
    const fr = site.vcards.find((entry) => entry.card.id === 'martin' && entry.lang === 'fr')!;
    const card = vcard(fr.card, fr.lang);
    const properties = parse(card);
    expect(only(properties, 'FN')[0]!.values).toEqual([hostileName]);
    expect(only(properties, 'N')[0]!.values[0]).toBe(hostileName);
    expect(only(properties, 'TITLE')[0]!.values).toEqual([hostileRole]);
    expect(card).toContain('Zoë\\; Martin-Ünal\\, \\\\ Jr');
    const lines = physicalLines(card);
    expect(lines.some((line) => line.length > 70)).toBe(true);
    expect(card).toMatch(/\r\n /);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line)).not.toThrow();
    }
  });

  test('a people id that is not a plain file name cannot leave the contacts folder', () => {
    for (const id of ['../../etc/passwd', 'a/b', '..', 'with space', 'é']) {
      const path = vcardPath('fr', id);
      expect(path).toMatch(/^\/fr\/contacts\/[a-z0-9_-]+\.vcf$/i);
    }
    expect(vcardPath('fr', 'martin')).toBe('/fr/contacts/martin.vcf');
    expect(vcardPath('fr', 'a/b')).not.toBe(vcardPath('fr', 'a.b'));
  });
});
