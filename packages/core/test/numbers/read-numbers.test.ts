import { describe, expect, it } from 'vitest';
import { type NumberToken, readNumbers } from '../../src/numbers/index.ts';
import { type Expected, sentences } from './sentences.ts';

const label = (token: NumberToken): Expected => {
  if (token.kind === 'percent') return `${token.value}%`;
  if (token.kind === 'currency') return `${token.value} ${token.currency ?? '?'}`;
  return token.value;
};

const read = (text: string, lang = 'en') => readNumbers(text, lang).map(label);
const raws = (text: string, lang = 'en') => readNumbers(text, lang).map((token) => token.raw);

describe('readNumbers: the labelled table', () => {
  it('has at least 8 sentences in each of the 7 languages, 70 in all', () => {
    const perLanguage = new Map<string, number>();
    for (const { lang } of sentences) perLanguage.set(lang, (perLanguage.get(lang) ?? 0) + 1);
    expect([...perLanguage.keys()].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'uk', 'zh-Hans']);
    for (const count of perLanguage.values()) expect(count).toBeGreaterThanOrEqual(8);
    expect(sentences.length).toBeGreaterThanOrEqual(70);
  });

  it.each(sentences.map((sentence) => [sentence.lang, sentence.text, sentence] as const))(
    '%s: %s',
    (lang, text, sentence) => {
      const found = readNumbers(text, lang);
      expect(found.map(label)).toEqual(sentence.expected);
      for (const token of found) expect(text.slice(token.start, token.end)).toBe(token.raw);
    },
  );
});

describe('readNumbers: separators', () => {
  it.each([
    ['en', '6 800'],
    ['en', '6\u00a0800'],
    ['en', '6\u202f800'],
    ['en', '6\u2009800'],
    ['en', '6,800'],
    ['es', '6.800'],
    ['fr', '6.800'],
    ['de', '6.800'],
    ['de-CH', "6'800"],
    ['de-CH', '6’800'],
    ['ar', '٦٬٨٠٠'],
    ['fa', '۶٬۸۰۰'],
  ])('%s reads %s as 6800', (lang, written) => {
    expect(read(`${written} people`, lang)).toEqual([6800]);
  });

  it.each([
    ['en', '1,5', 1.5],
    ['fr', '1,5', 1.5],
    ['en', '1.5', 1.5],
    ['fr', '1.5', 1.5],
    ['ar', '١٫٥', 1.5],
    ['en', '1,234.5', 1234.5],
    ['de', '1.234,5', 1234.5],
    ['fr', '1 234,5', 1234.5],
    ['de-CH', '1’234.5', 1234.5],
    ['en', '12,345,678', 12_345_678],
    ['es', '12.345.678', 12_345_678],
  ])('%s reads %s as %d', (lang, written, value) => {
    expect(read(`${written} t`, lang)).toEqual([value]);
  });

  it('reads a lone separator before three digits the way the language does', () => {
    expect(read('1,500 kg', 'en')).toEqual([1500]);
    expect(read('1,500 kg', 'fr')).toEqual([1.5]);
    expect(read('1.500 kg', 'es')).toEqual([1500]);
    expect(read('1.500 kg', 'en')).toEqual([1.5]);
  });

  it('falls back to English separators for a tag Intl does not know', () => {
    expect(read('6,800 people', 'not a tag!')).toEqual([6800]);
  });

  it('does not read version-like runs of separators', () => {
    expect(read('Version 2.3.1 and 1,2,3 are not amounts; 7 is.')).toEqual([7]);
  });
});

describe('readNumbers: scale words', () => {
  it.each([
    ['en', '1.5 million', 1_500_000],
    ['en', '2 bn', 2e9],
    ['en', '2 billion', 2e9],
    ['en', '5k', 5000],
    ['fr', '1,5 million', 1_500_000],
    ['fr', '2 milliards', 2e9],
    ['fr', '2 billions', 2e12],
    ['es', '1,5 millones', 1_500_000],
    ['es', '3 mil millones', 3e9],
    ['es', '3 mil', 3000],
    ['de', '1,5 Mio.', 1_500_000],
    ['uk', '1,5 млн', 1_500_000],
    ['uk', '300 тис.', 300_000],
    ['uk', '2 млрд', 2e9],
    ['uk', '5 мільйонів', 5e6],
    ['ru', '5 миллионов', 5e6],
    ['ru', '300 тыс.', 300_000],
    ['ar', '1,5 مليون', 1_500_000],
    ['ar', '2 مليار', 2e9],
    ['ar', '3 ملايين', 3e6],
    ['ar', '300 ألف', 300_000],
    ['ar', '6 آلاف', 6000],
    ['zh-Hans', '150万', 1_500_000],
    ['zh-Hans', '1.5亿', 150_000_000],
    ['zh-Hans', '3千', 3000],
    ['zh-Hans', '2万亿', 2e12],
  ])('%s: %s', (lang, written, value) => {
    expect(readNumbers(`${written} `, lang)).toEqual([expect.objectContaining({ value, raw: written })]);
  });

  it('does not take a glued m for a million without money, nor 千 in 千克 (kilogram)', () => {
    expect(read('a 2m wall and a $2m grant')).toEqual([2, '2000000 USD']);
    expect(read('运送了3千克药品', 'zh-Hans')).toEqual([3]);
  });
});

describe('readNumbers: percentages', () => {
  it.each([
    ['en', '71 %'],
    ['en', '71%'],
    ['fr', '71\u202f%'],
    ['en', '71 per cent'],
    ['en', '71 percent'],
    ['fr', '71 pour cent'],
    ['es', '71 por ciento'],
    ['uk', '71 відсоток'],
    ['uk', '71 відсотки'],
    ['uk', '71 відсотків'],
    ['ru', '71 процент'],
    ['ru', '71 процента'],
    ['ru', '71 процентов'],
    ['ar', '٪٧١'],
    ['ar', '٧١٪'],
    ['ar', '71 في المئة'],
    ['zh-Hans', '百分之71'],
    ['zh-Hans', '71％'],
  ])('%s: %s', (lang, written) => {
    expect(readNumbers(`(${written})`, lang)).toEqual([
      { value: 71, raw: written, start: 1, end: 1 + written.length, kind: 'percent' },
    ]);
  });

  it('gives a percent sign to one number only', () => {
    expect(read('٧١٪ ٣٠ شخصاً', 'ar')).toEqual(['71%', 30]);
  });
});

describe('readNumbers: money', () => {
  it.each([
    ['en', '€1.5 million', 1_500_000, 'EUR'],
    ['en', 'EUR 1,500,000', 1_500_000, 'EUR'],
    ['fr', '1,5 million d’euros', 1_500_000, 'EUR'],
    ['fr', '1,5 M€', 1_500_000, 'EUR'],
    ['en', 'US$2 million', 2_000_000, 'USD'],
    ['en', '$2m', 2_000_000, 'USD'],
    ['en', 'USD2.5 million', 2_500_000, 'USD'],
    ['en', '£3.2bn', 3_200_000_000, 'GBP'],
    ['uk', '2 млн євро', 2_000_000, 'EUR'],
    ['uk', '500 грн', 500, 'UAH'],
    ['uk', '₴500', 500, 'UAH'],
    ['ru', '500 руб.', 500, 'RUB'],
    ['ar', '1,5 مليون يورو', 1_500_000, 'EUR'],
    ['ar', '2 مليون دولار', 2_000_000, 'USD'],
    ['en', 'CHF 300 000', 300_000, 'CHF'],
    ['zh-Hans', '150万欧元', 1_500_000, 'EUR'],
    ['zh-Hans', '¥300', 300, 'CNY'],
    ['zh-Hans', '300元', 300, 'CNY'],
    ['zh-Hans', '人民币300', 300, 'CNY'],
  ])('%s: %s', (lang, written, value, currency) => {
    expect(readNumbers(` ${written} `, lang)).toEqual([
      { value, raw: written, start: 1, end: 1 + written.length, kind: 'currency', currency },
    ]);
  });

  it('keeps money without a recognisable currency as money without a code', () => {
    expect(readNumbers('300 francs', 'fr')).toEqual([
      { value: 300, raw: '300 francs', start: 0, end: 10, kind: 'currency' },
    ]);
  });
});

describe('readNumbers: signs and ranges', () => {
  it('reads a minus sign only where nothing glues it to a word or number', () => {
    expect(read('fell to -15 and −3.5 degrees')).toEqual([-15, -3.5]);
    expect(read('10-15 families, pages 3−5')).toEqual([10, 15, 3, 5]);
    expect(raws('(-15)')).toEqual(['-15']);
  });
});

describe('readNumbers: what is not compared', () => {
  it('skips four-digit years 1000–2999, but not grouped or larger numbers', () => {
    expect(read('In 2023, 1999 and 1000; 2,023 and 3000 and 999.')).toEqual([2023, 3000, 999]);
  });

  it('skips years and year ranges with money or percent only when they carry none', () => {
    expect(read('in 2023-24 and 2019/20, 2000 euros and 1500%')).toEqual(['2000 EUR', '1500%']);
  });

  it('reads ungrouped four-digit counts outside 1900–2100 where the language writes them so', () => {
    expect(read('2500 personas en 2024', 'es')).toEqual([2500]);
    expect(read('2500 people in 2024', 'en')).toEqual([]);
  });

  it.each([
    '14/03/2023',
    '14.03.2023',
    '2023-03-14',
    '14-03-2023',
    '3/14/2023',
    '2023-03-14T10:30:00+01:00',
    '14 March 2024',
    'March 14, 2024',
    '10–15 January',
    'du 10 au 15 mars',
    '1er avril',
    '14 de marzo de 2024',
    '14 березня',
    '14 марта 2024 года',
    '14 آذار/مارس',
    '2024年3月14日',
  ])('skips the date %s', (date) => {
    expect(read(`${date}: 7 cases`)).toEqual([7]);
  });

  it.each([
    '10h30',
    '10 h 30',
    '10:30',
    '10.30 a.m.',
    '18 h',
    '9 a.m.',
    '9 pm',
    '15 ч',
    '15 год.',
    '10時',
    '10时',
    '上午10点',
    '10.30 horas',
    'a las 10',
    'الساعة 10',
    '10 صباحاً',
  ])('skips the time %s', (time) => {
    expect(read(`${time} — 7 cases`)).toEqual([7]);
  });

  it.each(['1st', '2nd', '3rd', '4th', '1er', '1re', '2e', '2ème', '2.º', '1.ª', '1-й', '2-го', '第3'])(
    'skips the ordinal %s',
    (ordinal) => {
      expect(read(`the ${ordinal} of 7 cases`)).toEqual([7]);
    },
  );

  it('skips list markers at the start of a line or list item', () => {
    expect(
      read('1. First\n2) Second\n- 3. Third\n## 4. Heading\n> 5. Quoted\n6、中文\nThe 12 measures.'),
    ).toEqual([12]);
  });

  it.each([
    '+41 22 717 91 11',
    '+7 495 123-45-67',
    '+1 (212) 555-0100',
    '(212) 555-0100',
    'Tel: 022 717 91 11',
    'Tél. : 01 23 45 67 89',
    'тел. 044 568 50 15',
    '电话：010-6532 1234',
  ])('skips the phone number %s', (phone) => {
    expect(read(`${phone}; 7 cases`)).toEqual([7]);
  });

  it('reads a signed amount grouped in thousands, which is no phone number', () => {
    expect(read('+300 000 people and +12,5 %', 'fr')).toEqual([300_000, '12.5%']);
  });

  it.each([
    'https://www.iom.int/news/2024/report-45',
    'http://example.org/a?id=45&n=7',
    'www.unodc.org/45',
    'iom.int/fr/news/45',
    'press2024@iom.int',
    '[the report](./report-2024-45.pdf)',
    '<img src="chart-45.png" width="300">',
    '`npm i x@45`',
    '#COVID19',
  ])('skips digits in %s', (address) => {
    expect(read(`See ${address} for 7 cases`)).toEqual([7]);
  });

  it.each([
    'COVID-19',
    'Covid-19',
    'كوفيد-19',
    'A4',
    'G20',
    'UN045589',
    'H5N1',
    '5G',
    '3D',
    'the 1990s',
    'A/RES/70/1',
    'UTC+2',
  ])('skips the code %s', (code) => {
    expect(read(`${code} and 7 cases`)).toEqual([7]);
  });

  it('reads numbers glued to units, which are still quantities', () => {
    expect(read('a 10km road, 5kg kits and 24 h shifts')).toEqual([10, 5]);
  });

  it.each([
    ':fig[people-reached]',
    ':date[2023-03-14]',
    ':::quote{by=x}',
    '::video{#clip-2 src=x}',
    '## Heading {#step-2}',
    'note[^3]',
  ])('skips the directive or markup %s', (syntax) => {
    expect(read(`${syntax}\n7 cases`)).toEqual([7]);
  });

  it('skips fenced code blocks', () => {
    expect(read('```\nlet x = 45;\n```\n7 cases')).toEqual([7]);
  });
});

describe('readNumbers: offsets', () => {
  it('points at the original text, whatever digits it was written in', () => {
    const text = 'نزح ۶٬۸۰۰ شخص و٪٧١ منهم، بتكلفة ٢٫٥ مليون دولار.';
    const found = readNumbers(text, 'ar');
    expect(found.map((token) => token.raw)).toEqual(['۶٬۸۰۰', '٪٧١', '٢٫٥ مليون دولار']);
    for (const token of found) expect(text.slice(token.start, token.end)).toBe(token.raw);
  });

  it('returns nothing for text without digits', () => {
    expect(readNumbers('', 'en')).toEqual([]);
    expect(readNumbers('Sans chiffres.', 'fr')).toEqual([]);
  });

  it('reads a long body in linear time', () => {
    const paragraph = 'Le programme a touché 6 800 personnes, dont 71 % de femmes, le 14 mars 2024. ';
    const body = `${paragraph.repeat(20)}\n\n`.repeat(500);
    const started = performance.now();
    expect(readNumbers(body, 'fr')).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
