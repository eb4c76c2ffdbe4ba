import type { ElementContent } from 'hast';
import { cachedIntl, noOptions } from '../format/intl-cache.ts';
import { localise } from '../format/localise.ts';
import { textDirection } from '../format/names.ts';
import type { RenderContext } from './context.ts';
import { element, firstStrongDirection, inLanguage, text } from './hast-builders.ts';

/**
 * The caption of a quote: `— Name, role, organisation`, from people.yaml and organisations.yaml
 * in the page's language. Role and organisation fall back (original's language, then the site's
 * first) and then carry their own `lang`. The name is isolated in `<bdi>` when its script runs
 * the other way from the page (a Latin name on an Arabic page), so the commas stay in place.
 * Nothing for a speaker the registry does not know (`check` reports it).
 */
export function attribution(
  by: string | undefined,
  fallbacks: readonly string[],
  context: RenderContext,
): ElementContent[] | undefined {
  const person = by === undefined ? undefined : context.room.people.entries[by];
  if (!person) return undefined;
  const pageLang = context.lang;
  const pageDir = textDirection(pageLang);
  const separator = listSeparator(pageLang);
  const nameDir = firstStrongDirection(person.name);
  const parts: ElementContent[] = [
    text('— '),
    nameDir === pageDir ? text(person.name) : element('bdi', {}, [text(person.name)]),
  ];
  const role = localise(person.role, pageLang, fallbacks);
  if (role)
    parts.push(
      text(separator),
      inLanguage(role.text, role.lang, pageLang, textDirection(role.lang), pageDir),
    );
  const organisation = person.organisation
    ? context.room.organisations.entries[person.organisation]
    : undefined;
  const orgName = organisation
    ? localise(organisation.short ?? organisation.name, pageLang, fallbacks)
    : undefined;
  if (orgName)
    parts.push(
      text(separator),
      inLanguage(orgName.text, orgName.lang, pageLang, textDirection(orgName.lang), pageDir),
    );
  return parts;
}

/** The comma between the parts of a caption: Arabic script has its own, Chinese a full-width one. */
function listSeparator(lang: string): string {
  // Maximizing a locale costs microseconds, and every quote on every page asks.
  return cachedIntl('list-separator', lang, noOptions, () => {
    let script: string | undefined;
    try {
      script = new Intl.Locale(lang).maximize().script;
    } catch {
      script = undefined;
    }
    if (script === 'Arab' || script === 'Aran') return '، ';
    if (script === 'Hans' || script === 'Hant') return '，';
    if (script === 'Jpan') return '、';
    return ', ';
  });
}
