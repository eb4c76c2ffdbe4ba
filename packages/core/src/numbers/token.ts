export type NumberKind = 'number' | 'percent' | 'currency';

/** A number as a reader would compare it across translations. */
export interface NumberToken {
  /** Normalised value: `6 800` → 6800, `1,5 млн` → 1500000, `71 %` → 71, `٪٧١` → 71. */
  readonly value: number;
  /** Exactly as written, sign, currency, scale word and percent sign included: `1,5 million d’euros`. */
  readonly raw: string;
  /** UTF-16 offset of `raw` in the text read. */
  readonly start: number;
  /** UTF-16 offset after `raw`. */
  readonly end: number;
  readonly kind: NumberKind;
  /** ISO 4217 code, when the currency is recognisable. */
  readonly currency?: string;
}
