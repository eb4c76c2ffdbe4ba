import { figureFormatOptions, figureValue } from '../checks/figures.ts';
import type { Figure } from '../model/schemas.ts';
import { numberFormat } from './intl-cache.ts';

/** A figure formatted for a language with its own Intl.NumberFormat options (`71 %`, `1,5 M€`…). */
export function formatFigure(figure: Figure, lang: string): string {
  try {
    return numberFormat(lang, figureFormatOptions(figure)).format(figureValue(figure));
  } catch {
    // Options Intl rejects are reported by `check`; never let one break a page.
    return numberFormat(lang).format(figureValue(figure));
  }
}
