/** The site's own pages (the plugin's URL scheme covers releases, languages and listings). */

/** The search page of a language: `/fr/search/`. */
export function searchPath(lang: string): string {
  return `/${lang}/search/`;
}

/** The search script every search page loads (one file for every language). */
export const searchScriptPath = '/scripts/search.js';

/** Where Pagefind writes its index and its browser module, under the output folder. */
export const pagefindFolder = 'pagefind';
