import { type UiKey, ui, uiLanguage } from '@communique/eleventy-plugin';

/** Interface strings for one page, and the `lang` attribute they need when they fell back to another language. */
export interface PageText {
  readonly lang: string;
  readonly t: (key: UiKey, values?: Readonly<Record<string, string>>) => string;
  /** `{ lang }` for elements holding interface strings when those are not in the page's language. */
  readonly uiAttrs: { lang?: string };
}

export function pageText(lang: string): PageText {
  const uiLang = uiLanguage(lang);
  return {
    lang,
    t: (key, values) => ui(lang, key, values),
    uiAttrs: uiLang === lang ? {} : { lang: uiLang },
  };
}

/** `lang`/`dir` attributes for a text whose language may differ from the page's. */
export function langAttrs(
  text: { readonly lang: string; readonly dir: string },
  pageLang: string,
): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return text.lang === pageLang ? {} : { lang: text.lang, dir: text.dir === 'rtl' ? 'rtl' : 'ltr' };
}

const lists = new Map<string, Intl.ListFormat>();

/** Joins names as the page's language writes a list (`anglais, français et russe`). */
export function listOf(items: readonly string[], lang: string): string {
  let format = lists.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
    lists.set(lang, format);
  }
  return format.format(items);
}
