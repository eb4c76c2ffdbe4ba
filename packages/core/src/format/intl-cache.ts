/**
 * Intl objects are costly to create (tens of microseconds each) and a build formats thousands of
 * values: keep one per locale and options.
 */
const cache = new Map<string, unknown>();

export function cachedIntl<T>(kind: string, lang: string, options: object, make: () => T): T {
  const key = `${kind}\u0000${lang}\u0000${JSON.stringify(options)}`;
  let found = cache.get(key) as T | undefined;
  if (found === undefined) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

/**
 * The locale Intl formats a page language with. Plain `ar` is pinned to Latin digits (`-u-nu-latn`):
 * it is what CLDR 42+ (and so Node 20's ICU) uses for `ar`, what most Arab press offices and wire
 * services print, and pinning it keeps output the same on an older system ICU that still defaults
 * to Arabic-Indic digits. A region (`ar-EG`, `ar-SA`) or an explicit `-u-nu-arab` keeps its own
 * digits. A tag Intl rejects formats as the root locale rather than throwing (`check` reports it).
 */
export function formattingLocale(lang: string): string {
  return cachedIntl('locale', lang, {}, () => {
    try {
      const locale = new Intl.Locale(lang);
      if (locale.language === 'ar' && !locale.region && !locale.numberingSystem)
        return new Intl.Locale(lang, { numberingSystem: 'latn' }).toString();
      return locale.toString();
    } catch {
      return 'und';
    }
  });
}

export function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cachedIntl('number', lang, options, () => new Intl.NumberFormat(formattingLocale(lang), options));
}

export function dateTimeFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedIntl(
    'datetime',
    lang,
    options,
    () => new Intl.DateTimeFormat(formattingLocale(lang), options),
  );
}

export function displayNames(lang: string, type: Intl.DisplayNamesType): Intl.DisplayNames {
  return cachedIntl(
    'names',
    lang,
    { type },
    () => new Intl.DisplayNames([formattingLocale(lang)], { type, fallback: 'code' }),
  );
}
