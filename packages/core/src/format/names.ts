import { cachedIntl, displayNames, formattingLocale, noOptions } from './intl-cache.ts';

type LocaleWithTextInfo = Intl.Locale & {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
};

/** ISO 15924 scripts written right to left. */
const rtlScripts = new Set([
  'Adlm',
  'Arab',
  'Aran',
  'Armi',
  'Avst',
  'Chrs',
  'Cprt',
  'Elym',
  'Hatr',
  'Hebr',
  'Hung',
  'Khar',
  'Lydi',
  'Mand',
  'Mani',
  'Mend',
  'Narb',
  'Nbat',
  'Nkoo',
  'Orkh',
  'Ougr',
  'Palm',
  'Phli',
  'Phlp',
  'Phnx',
  'Prti',
  'Rohg',
  'Samr',
  'Sarb',
  'Sogd',
  'Sogo',
  'Syrc',
  'Thaa',
  'Yezi',
]);

/**
 * `rtl` for languages written right to left (Arabic, Hebrew, Persian, Urdu…). ICU's text info
 * only knows locales it has data for, so the likely script decides too: Dhivehi (`dv`, Thaana)
 * and Arabic-script Azerbaijani, Kurdish or Malay (`az-Arab`, `ku-Arab`, `ms-Arab`) are right to
 * left although ICU says `ltr` for them.
 */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return cachedIntl('direction', lang, noOptions, () => {
    try {
      const locale = new Intl.Locale(lang) as LocaleWithTextInfo;
      const info = locale.getTextInfo?.() ?? locale.textInfo;
      if (info?.direction === 'rtl') return 'rtl';
      const script = locale.maximize().script;
      return script !== undefined && rtlScripts.has(script) ? 'rtl' : 'ltr';
    } catch {
      return 'ltr';
    }
  });
}

/**
 * A language's name: by default in the language itself ('Français', 'العربية', '简体中文',
 * 'Українська'), capitalised as a menu item; with `inLang`, in another language as a sentence
 * writes it ('arabe'). An unknown or invalid tag names itself.
 */
export function languageName(lang: string, inLang?: string): string {
  try {
    const name = displayNames(inLang ?? lang, 'language').of(lang) ?? lang;
    if (inLang !== undefined) return name;
    return name.charAt(0).toLocaleUpperCase(formattingLocale(lang)) + name.slice(1);
  } catch {
    return lang;
  }
}

/** A country's name from its ISO 3166-1 alpha-2 code, in the page's language ('Suisse'). */
export function countryName(code: string, lang: string): string {
  try {
    return displayNames(lang, 'region').of(code.trim().toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
