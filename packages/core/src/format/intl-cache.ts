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

export function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cachedIntl('number', lang, options, () => new Intl.NumberFormat(lang, options));
}

export function dateTimeFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedIntl('datetime', lang, options, () => new Intl.DateTimeFormat(lang, options));
}

export function displayNames(lang: string, type: Intl.DisplayNamesType): Intl.DisplayNames {
  return cachedIntl('names', lang, { type }, () => new Intl.DisplayNames([lang], { type, fallback: 'code' }));
}
