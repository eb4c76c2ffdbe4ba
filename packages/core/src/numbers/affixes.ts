/** What may stand before or after a number and say what it counts: a percent sign or a currency. */
export interface Affix {
  /** Length in the text, with the space between it and the number. */
  readonly length: number;
  readonly kind: 'percent' | 'currency';
  readonly currency?: string;
}

const gap = '[ \\u00a0\\u202f\\u2009]?';
/** Ends a word in scripts that separate words; Chinese words run straight into the next one. */
const wordEnd = '(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{Script=Arabic}\\p{N}])';
/** Starts a word: `CHF 300` but not the `chf` of a longer word. */
const wordStart = '(?<![\\p{L}\\p{N}])';

const percentWords = [
  'per[ -]?cent',
  'pour[ -]?cent',
  'por[ ]?ciento',
  'por[ ]?cento',
  'prozent',
  'відс\\.',
  'відсот\\p{L}*',
  'процент\\p{L}*',
  'في المئة',
  'في المائة',
  'بالمئة',
  'بالمائة',
];
const percentAfter = new RegExp(`^${gap}(?:%|(?:${percentWords.join('|')})${wordEnd})`, 'iu');
const percentBefore = new RegExp(`(?:%|百分之)${gap}$`, 'u');

interface Currency {
  readonly code: string | undefined;
  /** Signs written before or after the amount: `€1.5 million`, `1,5 M€`, `150万元`. */
  readonly signs: readonly string[];
  /** Letter codes written before or after: `EUR 1,500,000`, `300 000 CHF`. */
  readonly codes: readonly string[];
  /** Names written after the amount: `d’euros`, `доларів`, `يورو`. */
  readonly names: readonly string[];
}

const arabicTail = '(?:\\p{M}|ا|ات)*';

const currencies: readonly Currency[] = [
  {
    code: 'EUR',
    signs: ['€', '欧元'],
    codes: ['EUR'],
    names: ['euros?', "d[’']euros?", 'de euros', 'євро', 'евро', 'يورو'],
  },
  {
    code: 'USD',
    signs: ['US\\$', '\\$', '美元'],
    codes: ['USD'],
    names: [
      '(?:de )?dollars?(?: (?:américains|des États-Unis|US))?',
      'US dollars?',
      '(?:de )?dólares(?: estadounidenses)?',
      'долар\\p{L}*(?: США)?',
      'доллар\\p{L}*(?: США)?',
      `دولار${arabicTail}(?: أمريكي${arabicTail})?`,
    ],
  },
  {
    code: 'GBP',
    signs: ['£', '英镑'],
    codes: ['GBP'],
    names: [
      'pounds?(?: sterling)?',
      'livres? sterling',
      'libras? esterlinas?',
      'фунт\\p{L}*',
      'جنيه إسترليني',
    ],
  },
  {
    code: 'CHF',
    signs: ['瑞士法郎'],
    codes: ['CHF', 'Fr\\.'],
    names: [
      '(?:de )?francs? suisses',
      'Swiss francs?',
      'francos? suizos',
      'швейцарськ\\p{L}* франк\\p{L}*',
      'швейцарск\\p{L}* франк\\p{L}*',
      `فرنك${arabicTail} سويسري${arabicTail}`,
    ],
  },
  { code: 'XOF', signs: [], codes: ['XOF', 'FCFA'], names: ['(?:de )?francs? CFA', 'francos? CFA'] },
  {
    code: 'UAH',
    signs: ['₴', '格里夫纳'],
    codes: ['UAH'],
    names: ['грн\\.?', 'гривн\\p{L}*', 'гривень', 'hryvnias?', 'هريفنيا'],
  },
  {
    code: 'RUB',
    signs: ['₽', '卢布'],
    codes: ['RUB'],
    names: ['руб\\.?', 'рубл\\p{L}*', 'roubles?', 'rubles?', 'روبل'],
  },
  {
    code: 'CNY',
    signs: ['¥', '人民币', '元'],
    codes: ['CNY', 'RMB'],
    names: ['yuans?', 'renminbi', 'юан\\p{L}*', 'يوان'],
  },
  { code: 'JPY', signs: ['円', '日元'], codes: ['JPY'], names: ['yens?', 'иен\\p{L}*', 'єн\\p{L}*'] },
  {
    code: 'CAD',
    signs: ['CA\\$', 'C\\$'],
    codes: ['CAD'],
    names: ['(?:de )?dollars canadiens', 'Canadian dollars?'],
  },
  { code: 'AUD', signs: ['AU?\\$'], codes: ['AUD'], names: ['Australian dollars?'] },
  { code: 'HKD', signs: ['HK\\$', '港元'], codes: ['HKD'], names: [] },
  { code: 'BRL', signs: ['R\\$'], codes: ['BRL'], names: ['reais'] },
  { code: 'INR', signs: ['₹'], codes: ['INR'], names: ['rupees?', 'roupies?'] },
  // Francs of an unstated country: money, but no code to compare.
  { code: undefined, signs: [], codes: [], names: ['(?:de )?francs?', 'francos?', 'франк\\p{L}*', 'فرنك'] },
];

interface CurrencyPatterns {
  readonly code: string | undefined;
  readonly before: RegExp | undefined;
  readonly after: RegExp;
}

const alternatives = (forms: readonly (string | false)[]) => forms.filter(Boolean).join('|');

const currencyPatterns: readonly CurrencyPatterns[] = currencies.map(({ code, signs, codes, names }) => {
  const codeForms = codes.map((form) => `${wordStart}${form}`);
  const prefixes = alternatives([...signs, ...codeForms]);
  const suffixes = alternatives([
    ...signs,
    codes.length > 0 && `(?:${codes.join('|')})${wordEnd}`,
    names.length > 0 && `(?:${names.join('|')})${wordEnd}`,
  ]);
  return {
    code,
    before: prefixes ? new RegExp(`(?:${prefixes})${gap}$`, 'u') : undefined,
    after: new RegExp(`^${gap}(?:${suffixes})`, 'iu'),
  };
});

const longest = (found: readonly (Affix | undefined)[]) =>
  found.reduce<Affix | undefined>(
    (best, next) => (next && next.length > (best?.length ?? 0) ? next : best),
    undefined,
  );

function currencyAffix(code: string | undefined, length: number): Affix {
  return code ? { length, kind: 'currency', currency: code } : { length, kind: 'currency' };
}

/** The percent sign or currency ending `before`, the text just before a number. */
export function affixBefore(before: string): Affix | undefined {
  const percent = percentBefore.exec(before);
  if (percent) return { length: percent[0].length, kind: 'percent' };
  return longest(
    currencyPatterns.map(({ code, before: pattern }) => {
      const match = pattern?.exec(before);
      return match ? currencyAffix(code, match[0].length) : undefined;
    }),
  );
}

/** The percent word or currency starting `after`, the text just after a number and its scale. */
export function affixAfter(after: string): Affix | undefined {
  const percent = percentAfter.exec(after);
  if (percent) return { length: percent[0].length, kind: 'percent' };
  return longest(
    currencyPatterns.map(({ code, after: pattern }) => {
      const match = pattern.exec(after);
      return match ? currencyAffix(code, match[0].length) : undefined;
    }),
  );
}
