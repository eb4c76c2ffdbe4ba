import { normalisePhone, type Person, type PressRoom } from '@communique/core';
import { renderMarkdownText } from '../core-rendering.ts';
import { languageNameIn, localised } from '../format.ts';
import type { ContactCard, OrganisationNote, PhoneLink } from './types.ts';
import { vcardPath } from './urls.ts';

/**
 * Contact cards and organisation notes for page languages, each built once per (id, language):
 * thousands of pages share a handful of people and organisations.
 */
export class PeopleDirectory {
  readonly #room: PressRoom;
  readonly #cards = new Map<string, ContactCard | undefined>();
  readonly #notes = new Map<string, OrganisationNote | undefined>();
  /** Contacts of the releases that were published, for vCards and directories. */
  readonly used = new Set<string>();
  /** The page languages each used contact appears in: one vCard per person and language. */
  readonly usedIn = new Map<string, Set<string>>();

  constructor(room: PressRoom) {
    this.#room = room;
  }

  contact(id: string, lang: string, fallbacks: readonly string[]): ContactCard | undefined {
    const key = `${id}\u0000${lang}\u0000${fallbacks.join(',')}`;
    if (this.#cards.has(key)) return this.#cards.get(key);
    const person = this.#room.people.entries[id];
    const card = person && contactCard(this.#room, id, person, lang, fallbacks);
    this.#cards.set(key, card);
    if (card) {
      this.used.add(id);
      const langs = this.usedIn.get(id) ?? new Set<string>();
      langs.add(lang);
      this.usedIn.set(id, langs);
    }
    return card;
  }

  organisation(id: string, lang: string, fallbacks: readonly string[]): OrganisationNote | undefined {
    const key = `${id}\u0000${lang}\u0000${fallbacks.join(',')}`;
    if (this.#notes.has(key)) return this.#notes.get(key);
    const entry = this.#room.organisations.entries[id];
    let note: OrganisationNote | undefined;
    const name = entry && localised(entry.name, lang, fallbacks);
    if (entry && name) {
      const about = localised(entry.about, lang, fallbacks);
      note = {
        id,
        name,
        short: localised(entry.short, lang, fallbacks),
        url: entry.url,
        about: about && {
          html: renderMarkdownText(about.text, about.lang),
          lang: about.lang,
          dir: about.dir,
        },
      };
    }
    this.#notes.set(key, note);
    return note;
  }
}

function contactCard(
  room: PressRoom,
  id: string,
  person: Person,
  lang: string,
  fallbacks: readonly string[],
): ContactCard {
  const organisation = person.organisation ? room.organisations.entries[person.organisation] : undefined;
  return {
    id,
    name: person.name,
    role: localised(person.role, lang, fallbacks),
    organisation: organisation && localised(organisation.short ?? organisation.name, lang, fallbacks),
    organisationName: organisation && localised(organisation.name, lang, fallbacks),
    email: person.email,
    mailto: `mailto:${person.email}`,
    phone: phoneLink(person.phone),
    mobile: phoneLink(person.mobile),
    languages: (person.languages ?? []).map((spoken) => ({
      lang: spoken,
      name: languageNameIn(spoken, lang),
    })),
    vcardUrl: vcardPath(lang, id),
  };
}

function phoneLink(text: string | undefined): PhoneLink | undefined {
  if (text === undefined) return undefined;
  const e164 = normalisePhone(text);
  return e164 === undefined ? undefined : { text, e164, href: `tel:${e164}` };
}
