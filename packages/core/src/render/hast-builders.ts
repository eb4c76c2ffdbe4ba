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
