import { join } from 'node:path';

/** The site's URL scheme, in one place. Root-relative paths; `absolute` prefixes the base URL. */

export function languagePath(lang: string): string {
  return `/${lang}/`;
}

export function releasePath(lang: string, year: string, slug: string): string {
  return `/${lang}/${year}/${slug}/`;
}

/** Files a release publishes (media, linked PDFs) live once, language-neutral, under `/media/`. */
export function assetPath(year: string, slug: string, name: string): string {
  return `/media/${year}/${slug}/${name.split('/').map(encodeURIComponent).join('/')}`;
}

/** Where the file of `assetPath` is written under the output folder. */
export function assetOutputPath(outputDir: string, year: string, slug: string, name: string): string {
  return join(outputDir, 'media', year, slug, ...name.split('/'));
}

export function absolute(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
