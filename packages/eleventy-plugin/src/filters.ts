import type { UserConfig } from '@11ty/eleventy';
import type { Figure } from '@communique/core';
import { formatFigure, formatInstant, languageName } from './core-rendering.ts';
import type { PublishedSite } from './model/site.ts';
import { type UiKey, ui, uiKeys } from './ui-strings/index.ts';

/**
 * Filters for templates in any Eleventy language (Nunjucks, Liquid, WebC, JavaScript):
 *
 * - `communiqueDate(instant, lang, { time })`: a front-matter instant, localised, at its written offset
 * - `communiqueFigure(figure, lang)`: a figure (`54` or `{ value, style, ... }`) formatted for `lang`
 * - `languageName(tag, inLang)`: a language's name, its own name when `inLang` is left out
 * - `ui(key, lang, values)`: an interface string of the plugin, English for other languages
 * - `releaseUrl(releaseId, lang)`: a release's URL for a reader of `lang`, empty when unpublished
 */
export function addFilters(eleventyConfig: UserConfig, current: () => PublishedSite): void {
  eleventyConfig.addFilter('communiqueDate', (written: string, lang: string, options?: { time?: boolean }) =>
    formatInstant(String(written), lang, { time: options?.time === true }),
  );
  eleventyConfig.addFilter('communiqueFigure', (figure: Figure, lang: string) => formatFigure(figure, lang));
  eleventyConfig.addFilter('languageName', (tag: string, inLang?: string) => languageName(tag, inLang));
  eleventyConfig.addFilter('ui', (key: string, lang: string, values?: Record<string, string>) => {
    if (!(uiKeys as string[]).includes(key)) {
      throw new TypeError(
        `Unknown interface string \`${key}\` in the \`ui\` filter, expected one of ${uiKeys.join(', ')}`,
      );
    }
    return ui(lang, key as UiKey, values);
  });
  eleventyConfig.addFilter(
    'releaseUrl',
    (releaseId: string, lang: string) => current().releaseUrl(releaseId, lang) ?? '',
  );
}
