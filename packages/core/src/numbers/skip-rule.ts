/** A kind of span whose digits are not compared across translations. */
export interface SkipRule {
  /** Global pattern for the spans. */
  readonly pattern: RegExp;
  /** Cheap test of the whole text; the costlier pattern runs only when it passes. */
  readonly needle?: RegExp;
  /** For patterns that over-match: whether a matched span really is one to skip. */
  readonly accept?: (span: string) => boolean;
}

/** Stands in for skipped text: not a digit, letter, space or sign, so nothing reads across it. */
export const BLANK = '\u0000';

/** `text` with every span the rules match replaced by as many blanks, so offsets stay right. */
export function blankSpans(text: string, rules: readonly SkipRule[]): string {
  let out = text;
  for (const { pattern, needle, accept } of rules) {
    if (needle && !needle.test(out)) continue;
    out = out.replace(pattern, (span) => (accept && !accept(span) ? span : BLANK.repeat(span.length)));
  }
  return out;
}
