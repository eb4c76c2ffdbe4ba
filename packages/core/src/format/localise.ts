import type { LocalisedText } from '../model/schemas.ts';

export interface LocalisedResult {
  readonly text: string;
  /** The language the text is in: differs from the one asked for when a fallback was used. */
  readonly lang: string;
}

/**
 * Picks a per-language text: the language asked for, else each fallback in order (the
 * original's language, then the site's first language), else the first one written, so a
 * page never shows a blank where a registry has some text. `lang` says which one was used:
 * templates mark fallback text with `lang=""` (and `dir` when the direction differs).
 */
export function localise(
  text: LocalisedText | undefined,
  lang: string,
  fallbacks: readonly string[] = [],
): LocalisedResult | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return { text, lang };
  for (const tag of [lang, ...fallbacks]) {
    const found = text[tag];
    if (found !== undefined) return { text: found, lang: tag };
  }
  const [first] = Object.entries(text);
  return first ? { text: first[1], lang: first[0] } : undefined;
}
