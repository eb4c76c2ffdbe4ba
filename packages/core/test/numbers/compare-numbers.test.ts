import { describe, expect, it } from 'vitest';
import { compareNumbers, type NumberToken, readNumbers } from '../../src/numbers/index.ts';

const token = (value: number, extra: Partial<NumberToken> = {}): NumberToken => ({
  value,
  raw: String(value),
  start: 0,
  end: String(value).length,
  kind: 'number',
  ...extra,
});

const pairs = (found: ReturnType<typeof compareNumbers>['onlyInA']) =>
  found.map(({ token, nearest }) => [token.raw, nearest?.raw]);

describe('compareNumbers', () => {
  const paragraph = {
    en: 'On 14 March 2024 the programme reached 6,800 people; 71% were women. Donors pledged €1.5 million and 300,000 dollars. Call +41 22 717 91 11.',
    fr: 'Le 14 mars 2024, le programme a touché 6\u202f800 personnes, dont 71\u00a0% de femmes. Les donateurs ont promis 1,5 million d’euros et 300 000 dollars. Appelez le +41 22 717 91 11.',
    es: 'El 14 de marzo de 2024 el programa llegó a 6.800 personas; el 71 % eran mujeres. Los donantes prometieron 1,5 millones de euros y 300.000 dólares. Llame al +41 22 717 91 11.',
    ar: 'في 14 مارس 2024 وصل البرنامج إلى ٦٬٨٠٠ شخص، ٪٧١ منهم نساء. وتعهد المانحون بمبلغ 1,5 مليون يورو و300 ألف دولار. للتواصل: +41 22 717 91 11.',
    'zh-Hans':
      '2024年3月14日，该项目惠及6,800人，其中71%为妇女。捐助方认捐150万欧元和30万美元。电话：+41 22 717 91 11。',
    uk: '14 березня 2024 року програма охопила 6\u00a0800 осіб, 71 % з них — жінки. Донори виділили 1,5 млн євро та 300 тис. доларів. Телефон: +41 22 717 91 11.',
  };

  it('finds no mismatch between faithful translations of one paragraph', () => {
    const en = readNumbers(paragraph.en, 'en');
    expect(en).toHaveLength(4);
    for (const [lang, text] of Object.entries(paragraph)) {
      expect(compareNumbers(readNumbers(text, lang), en), lang).toEqual({ onlyInA: [], onlyInB: [] });
    }
  });

  it('reports a drifted figure on both sides, each pointing at the other', () => {
    const fr = readNumbers('Le programme a touché 68 000 personnes, dont 71 % de femmes.', 'fr');
    const en = readNumbers('The programme reached 6,800 people, 71% of them women.', 'en');
    const { onlyInA, onlyInB } = compareNumbers(fr, en);
    expect(pairs(onlyInA)).toEqual([['68 000', '6,800']]);
    expect(pairs(onlyInB)).toEqual([['6,800', '68 000']]);
  });

  it('counts repeated numbers', () => {
    const twice = readNumbers('5 teams, then 5 more', 'en');
    const once = readNumbers('5 équipes', 'fr');
    expect(compareNumbers(twice, once).onlyInA.map((m) => m.token.start)).toEqual([14]);
    expect(compareNumbers(twice, once).onlyInB).toEqual([]);
    expect(compareNumbers(once, twice).onlyInB.map((m) => [m.token.value, m.nearest?.value])).toEqual([
      [5, 5],
    ]);
  });

  it('matches a percentage with a percentage or a plain number, never with money', () => {
    expect(compareNumbers([token(71, { kind: 'percent' })], [token(71)])).toEqual({
      onlyInA: [],
      onlyInB: [],
    });
    const money = token(71, { kind: 'currency', currency: 'EUR' });
    const { onlyInA, onlyInB } = compareNumbers([token(71, { kind: 'percent' })], [money]);
    expect(onlyInA).toHaveLength(1);
    expect(onlyInB).toHaveLength(1);
  });

  it('pairs same kinds first, so a plain number is left for what only it can match', () => {
    const a = [token(71), token(71, { kind: 'percent' })];
    const b = [token(71, { kind: 'percent' }), token(71, { kind: 'currency', currency: 'EUR' })];
    expect(compareNumbers(a, b)).toEqual({ onlyInA: [], onlyInB: [] });
  });

  it('tells currencies apart when both sides name one', () => {
    const eur = readNumbers('€1.5 million', 'en');
    expect(compareNumbers(eur, readNumbers('1,5 million de dollars', 'fr')).onlyInA).toHaveLength(1);
    expect(compareNumbers(eur, readNumbers('1,5 million de francs', 'fr')).onlyInA).toEqual([]);
    expect(compareNumbers(eur, readNumbers('1,5 million', 'fr')).onlyInA).toEqual([]);
  });

  it('treats values within 1e-9 of each other as equal', () => {
    expect(compareNumbers([token(0.1 + 0.2)], [token(0.3)]).onlyInA).toEqual([]);
    expect(compareNumbers([token(0)], [token(0)]).onlyInA).toEqual([]);
    expect(compareNumbers([token(1)], [token(1.000001)]).onlyInA).toHaveLength(1);
  });

  it('picks the nearest by ratio, then by place, preferring numbers left unmatched', () => {
    const a = [token(10, { raw: 'a10' }), token(6800, { raw: 'a6800' }), token(250, { raw: 'a250' })];
    const b = [token(10, { raw: 'b10' }), token(68_000, { raw: 'b68000' }), token(251, { raw: 'b251' })];
    const { onlyInA, onlyInB } = compareNumbers(a, b);
    expect(pairs(onlyInA)).toEqual([
      ['a6800', 'b68000'],
      ['a250', 'b251'],
    ]);
    expect(pairs(onlyInB)).toEqual([
      ['b68000', 'a6800'],
      ['b251', 'a250'],
    ]);
    const tie = compareNumbers(
      [token(5, { raw: 'x' }), token(5, { raw: 'y' })],
      [token(6, { raw: 'z' }), token(6, { raw: 'w' })],
    );
    expect(pairs(tie.onlyInB)).toEqual([
      ['z', 'x'],
      ['w', 'y'],
    ]);
  });

  it('falls back to any number when every number on the other side is matched, and to none on an empty side', () => {
    const { onlyInA } = compareNumbers([token(5), token(9)], [token(5)]);
    expect(onlyInA.map((m) => [m.token.value, m.nearest?.value])).toEqual([[9, 5]]);
    expect(compareNumbers([token(9)], [])).toEqual({ onlyInA: [{ token: token(9) }], onlyInB: [] });
  });

  it('puts negative and zero values after same-signed ones when looking for the nearest', () => {
    const { onlyInA } = compareNumbers([token(-15)], [token(15), token(-14), token(0)]);
    expect(onlyInA[0]?.nearest?.value).toBe(-14);
  });

  it('hands back the tokens it was given, extra fields included', () => {
    const placed = { ...token(7), place: 'fr.md:3' };
    const { onlyInA } = compareNumbers([placed], []);
    expect(onlyInA[0]?.token).toBe(placed);
    expect(onlyInA[0]?.token.place).toBe('fr.md:3');
  });
});
