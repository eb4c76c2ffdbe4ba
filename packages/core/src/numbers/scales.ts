/** A scale word or sign after a number: `million`, `млн`, `万`, `bn`, the `m` of `$2m`. */
export interface Scale {
  /** Length of the scale, with the space before it. */
  readonly length: number;
  /** Power of ten it multiplies by. */
  readonly exponent: number;
  /** Abbreviations such as `m` or `M` only scale money (`$2m`, `1,5 M€`); `2m` alone may be metres. */
  readonly moneyOnly: boolean;
}

const gap = '[ \\u00a0\\u202f\\u2009]?';
const wordEnd = '(?![\\p{L}\\p{M}\\p{N}])';

/** `billion` is 10⁹ in English and 10¹² in long-scale languages (French, German, Dutch…). */
const longScale = new Set(['fr', 'de', 'nl', 'it', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'hu']);

interface ScaleWord {
  readonly pattern: RegExp;
  readonly exponent: number | ((lang: string) => number);
  readonly moneyOnly?: boolean;
}

const word = (forms: string) => new RegExp(`^${gap}(?:${forms})${wordEnd}`, 'iu');
const glued = (forms: string) => new RegExp(`^(?:${forms})${wordEnd}`, 'u');

const scaleWords: readonly ScaleWord[] = [
  {
    pattern: word(
      'trillions?|trillones?|billón|billones|bilião|biliões|трлн\\.?|трильйон\\p{L}*|триллион\\p{L}*|تريليون(?:\\p{M}|ا)*',
    ),
    exponent: 12,
  },
  {
    pattern: word('billions?|billionen'),
    exponent: (lang) => (longScale.has(lang.toLowerCase().split('-')[0] ?? '') ? 12 : 9),
  },
  {
    pattern: word(
      'mil millones|mil milhões|milliards?|milliarden?|miliardi?|mrd\\.?|bilhão|bilhões|bn|bln|млрд\\.?|мільярд\\p{L}*|миллиард\\p{L}*|مليارات|مليار(?:\\p{M}|ا)*|بليون(?:\\p{M}|ا)*',
    ),
    exponent: 9,
  },
  {
    pattern: word(
      'millions?|millionen|millón|millones|milhão|milhões|milioni?|mio\\.?|mln|млн\\.?|мільйон\\p{L}*|миллион\\p{L}*|مليون(?:\\p{M}|ا)*|ملايين',
    ),
    exponent: 6,
  },
  {
    pattern: word(
      'thousand|mil|tausend|тис\\.?|тыс\\.?|тисяч\\p{L}*|тысяч\\p{L}*|(?:ألف|الف)(?:\\p{M}|ا)*|آلاف',
    ),
    exponent: 3,
  },
  { pattern: glued('k|K'), exponent: 3 },
  { pattern: new RegExp(`^${gap}(?:tn)${wordEnd}`, 'u'), exponent: 12, moneyOnly: true },
  { pattern: new RegExp(`^${gap}(?:Mds|Md|Mrd|B)(?![\\p{L}\\p{N}])`, 'u'), exponent: 9, moneyOnly: true },
  { pattern: new RegExp(`^${gap}(?:mn|m|M)(?![\\p{L}\\p{N}])`, 'u'), exponent: 6, moneyOnly: true },
];

const hanDigits: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 萬: 4, 亿: 8, 億: 8 };

/** `万`, `亿`, `千万`, `万亿`…, but not the `千` of `千克` (kilogram) or `千米` (kilometre). */
const hanScale = /^[ ]?([十百千万萬亿億]+)(?![克米瓦卡分])/u;

function readHanScale(after: string): Scale | undefined {
  const match = hanScale.exec(after);
  if (!match) return undefined;
  const exponent = [...match[1]!].reduce((sum, char) => sum + (hanDigits[char] ?? 0), 0);
  return { length: match[0].length, exponent, moneyOnly: false };
}

/** The scale at the start of `after`, the text just after a number's digits. */
export function readScale(after: string, lang: string): Scale | undefined {
  for (const { pattern, exponent, moneyOnly } of scaleWords) {
    const match = pattern.exec(after);
    if (match) {
      return {
        length: match[0].length,
        exponent: typeof exponent === 'number' ? exponent : exponent(lang),
        moneyOnly: moneyOnly ?? false,
      };
    }
  }
  return readHanScale(after);
}
