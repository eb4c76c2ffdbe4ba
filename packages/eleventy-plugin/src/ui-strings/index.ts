import { ar } from './ar.ts';
import { en, type UiKey, type UiStrings } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';
import { zhHans } from './zh-Hans.ts';

export type { UiKey, UiStrings };

/** Interface strings by language tag. English is the reference and the fallback. */
export const uiStrings: Readonly<Record<string, UiStrings>> = {
  en,
  fr,
  es,
  ar,
  ru,
  'zh-Hans': zhHans,
  uk,
};

export const uiKeys = Object.keys(en) as UiKey[];

const resolved = new Map<string, string>();

/**
 * The language whose interface strings a page in `lang` uses: the tag itself, else its language
 * and script (`zh-Hans-CN` → `zh-Hans`), else its language (`fr-CA` → `fr`), else English.
 */
export function uiLanguage(lang: string): string {
  let found = resolved.get(lang);
  if (found === undefined) {
    found = candidates(lang).find((tag) => tag in uiStrings) ?? 'en';
    resolved.set(lang, found);
  }
  return found;
}

function candidates(lang: string): string[] {
  try {
    const locale = new Intl.Locale(lang);
    const { language, script } = locale.maximize();
    return [lang, `${language}-${script}`, locale.language];
  } catch {
    return [lang];
  }
}

/** One interface string in a page's language, with `{name}` placeholders filled in. */
export function ui(lang: string, key: UiKey, values: Readonly<Record<string, string>> = {}): string {
  return uiParts(lang, key)
    .map((part) => (part.kind === 'text' ? part.text : (values[part.name] ?? `{${part.name}}`)))
    .join('');
}

export type UiPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly name: string };

/**
 * An interface string split at its placeholders, for templates that put markup in them
 * (a link on the language name of a translation notice).
 */
export function uiParts(lang: string, key: UiKey): UiPart[] {
  const text = (uiStrings[uiLanguage(lang)] ?? en)[key];
  const parts: UiPart[] = [];
  const pattern = /\{([a-zA-Z]+)\}/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'value', name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
