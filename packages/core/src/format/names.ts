import { cachedIntl, displayNames } from './intl-cache.ts';

type LocaleWithTextInfo = Intl.Locale & {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
};

/** `rtl` for languages written right to left (Arabic, Hebrew, Persian, Urdu…), from Intl.Locale. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return cachedIntl('direction', lang, {}, () => {
    try {
      const locale = new Intl.Locale(lang) as LocaleWithTextInfo;
      const info = locale.getTextInfo?.() ?? locale.textInfo;
      return info?.direction === 'rtl' ? 'rtl' : 'ltr';
    } catch {
      return 'ltr';
    }
  });
}

/**
 * A language's name: by default in the language itself ('Français', 'العربية', '简体中文'),
 * capitalised as a menu item in that language; with `inLang`, in another language ('arabe').
 */
export function languageName(lang: string, inLang?: string): string {
  const displayLang = inLang ?? lang;
  const name = displayNames(displayLang, 'language').of(lang) ?? lang;
  return inLang === undefined ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : name;
}

/** A country's name from its ISO 3166-1 alpha-2 code, in the page's language. */
export function countryName(code: string, lang: string): string {
  try {
    return displayNames(lang, 'region').of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
