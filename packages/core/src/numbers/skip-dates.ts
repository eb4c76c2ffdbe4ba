import type { SkipRule } from './skip-rule.ts';

/** Month names (and common abbreviations) of the languages releases are written in. */
const months = [
  // English
  'January|February|March|April|May|June|July|August|September|October|November|December',
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec',
  // French
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
  'janv|févr|avr|juil|déc',
  // Spanish, Portuguese
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre',
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro',
  // German
  'Januar|Jänner|Februar|März|Juni|Juli|Oktober|Dezember',
  // Ukrainian, Russian (the genitive a date takes)
  'січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня',
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря',
  // Arabic: Gregorian and Levantine names
  'يناير|فبراير|مارس|[أإا]بريل|مايو|يوني[وه]|يولي[وه]|[أا]غسطس|سبتمبر|[أا]كتوبر|نوفمبر|ديسمبر',
  'كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول',
].join('|');

const space = '[ \\u00a0\\u202f]';
const month = `(?:${months})\\.?(?![\\p{L}\\p{M}])`;
const day = '\\d{1,2}(?:st|nd|rd|th|er|ᵉʳ|º|\\.)?';
/** `10–15 March`, `du 10 au 15 mars`, `del 10 al 15 de marzo`, `з 10 по 15 березня`, `10 و15 مارس`. */
const dayJoin = `${space}*[-–—/]${space}*|${space}+(?:to|and|through|au|et|à|al|a|y|по|до|і|и|та|إلى|حتى)${space}+|${space}+و${space}*`;
const year = `(?:${space}*,?${space}*(?:de${space}+|del${space}+)?\\d{4}(?!\\d))?`;

const dayFirst = new RegExp(
  `(?<![\\d.,])(?:${day}(?:${dayJoin}))?${day}${space}+(?:(?:of|de)${space}+)?${month}${year}`,
  'giu',
);
const monthFirst = new RegExp(
  `(?<![\\p{L}])${month}${space}+${day}(?:(?:${dayJoin})${day})?(?!\\d|[.,]\\d)${year}`,
  'giu',
);
/** What every month-first date holds: a month name, then spaces and a digit (half the cost of the date pattern). */
const monthThenDigit = new RegExp(`(?:${months})\\.?${space}+\\d`, 'iu');

/** Dates and clock times, in digits or with month names: not compared, as each language writes them its own way. */
export const dateRules: readonly SkipRule[] = [
  // 2023-03-14, 2023/03/14, 2023-03-14T10:30:00+01:00
  { pattern: /(?<![\d.,/-])\d{4}([-/.])\d{1,2}\1\d{1,2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)/g },
  // 14/03/2023, 14.03.2023, 14-03-2023, 3/14/2023
  { pattern: /(?<![\d.,/-])\d{1,2}([-/.])\d{1,2}\1\d{2,4}(?!\d|[.,/-]\d)/g },
  // 2023-24, 2023/24
  { pattern: /(?<![\d.,])(?:19|20)\d{2}[-–/]\d{2}(?!\d|[.,]\d)/g },
  // 2023年3月14日, 3月14日, 14日
  {
    pattern: /(?<!\d)(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?|\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}[日号])/gu,
  },
  { pattern: dayFirst },
  { pattern: monthFirst, needle: monthThenDigit },
  // 10:30, 10:30:00
  { pattern: /(?<![\d.,:])(?:[01]?\d|2[0-4]):[0-5]\d(?::[0-5]\d)?(?!\d)/g, needle: /\d:\d/ },
  // 10h30, 10 h 30
  { pattern: /(?<![\d.,])(?:[01]?\d|2[0-4])[ \u00a0\u202f]?h[ \u00a0\u202f]?[0-5]\d(?!\d)/g },
  // 18 h, 9 a.m., 10.30 p.m., 15 ч, 9 Uhr
  {
    pattern:
      /(?<![\d.,])(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?[ \u00a0\u202f]?(?:[ap]\.[ \u00a0]?m\.|[ap]m|h|Uhr|ч|год\.|o[’']clock)(?![\p{L}\p{N}])/giu,
  },
  // 10.30 horas, 11.00 GMT (without minutes, `2 horas` is a duration)
  {
    pattern:
      /(?<![\d.,])(?:[01]?\d|2[0-4])[.:][0-5]\d[ \u00a0\u202f]?(?:hrs|horas|heures|GMT|UTC|CET|CEST|EST|EDT|BST|MSK)(?![\p{L}\p{N}])/giu,
  },
  // a las 10, a las 10.30
  { pattern: /(?<![\p{L}])(?:a|de|desde|hasta|hacia)[ \u00a0]+las?[ \u00a0]+\d{1,2}(?:[.:]\d{2})?(?!\d)/giu },
  // الساعة 10، 10 صباحاً
  { pattern: /الساعة[ \u00a0]*\d{1,2}(?:[:.]\d{2})?(?!\d)/gu },
  { pattern: /(?<![\d.,])\d{1,2}(?:[:.]\d{2})?[ \u00a0]*(?:صباح|مساء|ظهر|فجر)[\p{L}\p{M}]*/gu },
  // 10时, 上午10点30分, 10点半
  {
    pattern:
      /(?:上午|下午|晚上|早上|中午|凌晨)?\d{1,2}[时時](?:\d{1,2}分)?|(?:上午|下午|晚上|早上|中午|凌晨)\d{1,2}点(?:\d{1,2}分?|半)?|\d{1,2}点(?:\d{1,2}分?|半)/gu,
  },
];
