import { type LocalisedText as CoreLocalisedText, parseInstant } from '@communique/core';
import { countryName, formatInstant, languageName, localise, textDirection } from './core-rendering.ts';
import type { FormattedInstant, LocalisedText, TextDirection } from './model/types.ts';

/** The instant as a `<time>` needs it, or undefined when it cannot be read (checks report it). */
// Parsing and formatting an instant costs more than the rest of a page's model: each (instant,
// language) is done once per process, so serve's rebuilds after an edit publish fast. Bounded.
const instants = new Map<string, FormattedInstant | null>();
const maxInstants = 100_000;

export function formattedInstant(written: string, lang: string): FormattedInstant | undefined {
  const key = `${lang}\u0000${written}`;
  const known = instants.get(key);
  if (known !== undefined) return known ?? undefined;
  const instant = parseInstant(written);
  const formatted = instant
    ? {
        datetime: written.trim(),
        epochMilliseconds: instant.epochMilliseconds,
        text: formatInstant(written, lang),
      }
    : undefined;
  if (instants.size >= maxInstants) instants.clear();
  instants.set(key, formatted ?? null);
  return formatted;
}

const directions = new Map<string, TextDirection>();

export function directionOf(lang: string): TextDirection {
  let dir = directions.get(lang);
  if (dir === undefined) {
    dir = textDirection(lang);
    directions.set(lang, dir);
  }
  return dir;
}

/** A per-language text in the page's language, else the fallbacks', with the language found. */
export function localised(
  text: CoreLocalisedText | undefined,
  lang: string,
  fallbacks: readonly string[],
): LocalisedText | undefined {
  if (text === undefined) return undefined;
  const found = localise(text, lang, fallbacks);
  return found && { text: found.text, lang: found.lang, dir: directionOf(found.lang) };
}

const ownNames = new Map<string, string>();

/** A language's own name (`Français`, `العربية`). */
export function ownLanguageName(lang: string): string {
  let name = ownNames.get(lang);
  if (name === undefined) {
    name = languageName(lang);
    ownNames.set(lang, name);
  }
  return name;
}

const names = new Map<string, Intl.DisplayNames>();

/**
 * A language named in another language as a sentence writes it (`anglais` in « La version
 * originale est en anglais », not a capitalised label).
 */
export function languageNameIn(lang: string, inLang: string): string {
  // Asked for every version of every release: ICU's lookup costs more than the map's.
  const key = `${lang}\u0000${inLang}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    let displayNames = names.get(inLang);
    if (!displayNames) {
      displayNames = new Intl.DisplayNames([inLang], { type: 'language', fallback: 'code' });
      names.set(inLang, displayNames);
    }
    name = displayNames.of(lang) ?? lang;
    languageNames.set(key, name);
  }
  return name;
}

const languageNames = new Map<string, string>();

const countries = new Map<string, string>();

export function countryNameIn(code: string, lang: string): string {
  const key = `${code}\u0000${lang}`;
  let name = countries.get(key);
  if (name === undefined) {
    name = countryName(code, lang);
    countries.set(key, name);
  }
  return name;
}
