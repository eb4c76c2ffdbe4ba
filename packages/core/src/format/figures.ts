import { figureFormatOptions, figureValue } from '../checks/figures.ts';
import type { Figure } from '../model/schemas.ts';
import { numberFormat } from './intl-cache.ts';

/** A figure formatted for a language with its own Intl.NumberFormat options (`71 %`, `1,5 M€`…). */
export function formatFigure(figure: Figure, lang: string): string {
  if (typeof figure === 'number') return numberFormat(lang).format(figure);
  // A figure is formatted for each of its mentions in every version: once per language is enough.
  let byLang = formatted.get(figure);
  if (byLang === undefined) {
    byLang = new Map();
    formatted.set(figure, byLang);
  }
  let text = byLang.get(lang);
  if (text === undefined) {
    text = formatOnce(figure, lang);
    byLang.set(lang, text);
  }
  return text;
}

const formatted = new WeakMap<Exclude<Figure, number>, Map<string, string>>();

function formatOnce(figure: Figure, lang: string): string {
  try {
    return numberFormat(lang, figureFormatOptions(figure)).format(figureValue(figure));
  } catch {
    // Options Intl rejects are reported by `check`; never let one break a page.
    return numberFormat(lang).format(figureValue(figure));
  }
}
