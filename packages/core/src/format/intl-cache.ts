/**
 * Intl objects are costly to create (tens of microseconds each) and a build formats thousands of
 * values: keep one per locale and options.
 */
const cache = new Map<string, unknown>();
/**
 * The same, found by the options object itself: most callers pass one constant object, and
 * writing the options out as JSON for every lookup cost more than the lookup.
 */
const byOptionsObject = new WeakMap<object, Map<string, unknown>>();

/** Options for an Intl object made without any: pass this one object rather than a new `{}`. */
export const noOptions: Readonly<Record<string, never>> = Object.freeze({});

export function cachedIntl<T>(kind: string, lang: string, options: object, make: () => T): T {
  let forObject = byOptionsObject.get(options);
  if (forObject === undefined) {
    forObject = new Map();
    byOptionsObject.set(options, forObject);
  }
  const short = `${kind}\u0000${lang}`;
  let found = forObject.get(short) as T | undefined;
  if (found === undefined) {
    const key = `${short}\u0000${JSON.stringify(options)}`;
    found = cache.get(key) as T | undefined;
    if (found === undefined) {
      found = make();
      cache.set(key, found);
    }
    forObject.set(short, found);
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
  return cachedIntl('locale', lang, noOptions, () => {
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

export function numberFormat(lang: string, options: Intl.NumberFormatOptions = noOptions): Intl.NumberFormat {
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
    `names-${type}`,
    lang,
    noOptions,
    () => new Intl.DisplayNames([formattingLocale(lang)], { type, fallback: 'code' }),
  );
}
