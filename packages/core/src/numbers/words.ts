/** Words that scale the number before them ("1,5 million", "150万"); longest alternatives first. */
export const scaleWords: readonly [RegExp, number][] = [
  [/^\s?mil millones\b/iu, 1e9],
  [/^\s?(?:billions?|bn|milliards?|млрд\.?|мільярд\p{L}*|миллиард\p{L}*|مليارات|مليار)(?![\p{L}])/iu, 1e9],
  [/^\s?(?:millions?|mln|millones|millón|млн\.?|мільйон\p{L}*|миллион\p{L}*|ملايين|مليون)(?![\p{L}])/iu, 1e6],
  [/^m(?![\p{L}])/u, 1e6],
  [/^\s?(?:thousand|mille|mil|тыс\.|тис\.|тысяч\p{L}*|тисяч\p{L}*|آلاف|ألف)(?![\p{L}])/iu, 1e3],
  [/^k(?![\p{L}])/u, 1e3],
  [/^\s?亿/u, 1e8],
  [/^\s?百万/u, 1e6],
  [/^\s?万/u, 1e4],
  [/^\s?千/u, 1e3],
];

export const percentAfter =
  /^[\s\u00a0\u202f]?(?:%|per ?cent\b|pour ?cent\b|por ?ciento\b|відсот\p{L}*|процент\p{L}*|في المئة|في المائة|بالمئة)/iu;
export const percentBefore = /(?:%|百分之)\s?$/u;

const currencyCodes: Record<string, string> = {
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  'd’euros': 'EUR',
  "d'euros": 'EUR',
  'de euros': 'EUR',
  євро: 'EUR',
  евро: 'EUR',
  يورو: 'EUR',
  欧元: 'EUR',
  $: 'USD',
  us$: 'USD',
  'de dólares': 'USD',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  dólares: 'USD',
  доларів: 'USD',
  долларов: 'USD',
  دولار: 'USD',
  美元: 'USD',
  '£': 'GBP',
  gbp: 'GBP',
  chf: 'CHF',
  francs: 'CHF',
  '₴': 'UAH',
  грн: 'UAH',
  гривень: 'UAH',
  '¥': 'CNY',
  元: 'CNY',
};
export const currencyBefore = /(US\$|€|\$|£|¥|₴|CHF|EUR|USD|GBP)\s?$/u;
export const currencyAfter =
  /^[\s\u00a0\u202f]?(€|euros?|d[’']euros|de euros|de dólares|dollars?|dólares|євро|евро|доларів|долларов|гривень|грн|يورو|دولار|欧元|美元|元|francs|CHF|EUR|USD|GBP)(?![\p{L}])/iu;

export function currencyCode(word: string): string | undefined {
  return currencyCodes[word.toLowerCase()];
}
