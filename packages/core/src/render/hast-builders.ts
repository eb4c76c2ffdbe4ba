import type { ElementContent, Properties } from 'hast';

export function text(value: string): ElementContent {
  return { type: 'text', value };
}

export function element(tagName: string, properties: Properties, children: ElementContent[]): ElementContent {
  return { type: 'element', tagName, properties, children };
}

/** Text in another language than the page's gets `lang` (and `dir` when the direction differs). */
export function inLanguage(
  value: string,
  lang: string,
  pageLang: string,
  dir: 'ltr' | 'rtl',
  pageDir: 'ltr' | 'rtl',
): ElementContent {
  if (lang === pageLang) return text(value);
  return element('span', dir === pageDir ? { lang } : { lang, dir }, [text(value)]);
}

const rtlCharacter = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const letter = /\p{L}/u;

/** The direction of a text's first strong character (the Unicode bidi rule for a paragraph). */
export function firstStrongDirection(value: string): 'ltr' | 'rtl' | undefined {
  for (const character of value) {
    if (rtlCharacter.test(character)) return 'rtl';
    if (letter.test(character)) return 'ltr';
  }
  return undefined;
}
