import type { ReleaseType } from '@communique/core';

/**
 * The data model the plugin publishes as the global `communique`. Everything in it is published
 * (or, in preview builds only, flagged with `preview`): a template that walks it cannot leak an
 * embargoed release. URLs are root-relative (`/fr/2018/portail-belize/`) unless named absolute.
 */

export type TextDirection = 'ltr' | 'rtl';

/** A text in the language it was actually found in (per-language maps fall back), so templates can set `lang`. */
export interface LocalisedText {
  readonly text: string;
  readonly lang: string;
  readonly dir: TextDirection;
}

/** An instant as written in front matter (keeps its offset, for `<time datetime>`) and as readers see it. */
export interface FormattedInstant {
  /** ISO 8601 with the offset it was written with. */
  readonly datetime: string;
  readonly epochMilliseconds: number;
  /** Localised wall-clock date at the written offset. */
  readonly text: string;
}

/** A `<link rel="alternate" hreflang>` of a page: every published version, itself included, then `x-default`. */
export interface Alternate {
  readonly hreflang: string;
  /** Absolute URL. */
  readonly href: string;
}

/** A language a page also exists in, for the language switcher. */
export interface LanguageLink {
  readonly lang: string;
  readonly dir: TextDirection;
  /** The language's own name (`Français`, `العربية`). */
  readonly name: string;
  readonly url: string;
}

export interface Dateline {
  readonly city: string;
  /** ISO 3166-1 alpha-2 code. */
  readonly country: string;
  /** Country name in the page's language. */
  readonly countryName: string;
  /** City and country as the page's language writes a place (`Genève (Suisse)`). */
  readonly place: string;
  readonly date: FormattedInstant;
}

export interface KeyFigure {
  readonly name: string;
  readonly value: number;
  /** Formatted for the page's language. */
  readonly text: string;
  /** The sentence of this version's body that first uses the figure, as plain text, when it does. */
  readonly context: string | undefined;
}

export interface MediaItem {
  readonly file: string;
  readonly url: string;
  readonly alt: string;
  readonly caption: string | undefined;
  readonly credit: string | undefined;
}

export interface PhoneLink {
  /** As written in people.yaml. */
  readonly text: string;
  /** E.164 (`+41227179111`). */
  readonly e164: string;
  /** `tel:` URL. */
  readonly href: string;
}

export interface SpokenLanguage {
  readonly lang: string;
  /** The language's name in the page's language. */
  readonly name: string;
}

/** A press contact as a page in one language shows them. */
export interface ContactCard {
  readonly id: string;
  readonly name: string;
  readonly role: LocalisedText | undefined;
  /** The organisation's short name (`IOM`) when it has one, else its name. */
  readonly organisation: LocalisedText | undefined;
  /** The organisation's full name (`International Organization for Migration`), for cards and directories. */
  readonly organisationName: LocalisedText | undefined;
  readonly email: string;
  readonly mailto: string;
  readonly phone: PhoneLink | undefined;
  readonly mobile: PhoneLink | undefined;
  readonly languages: readonly SpokenLanguage[];
  /** Where the contact's vCard in the page's language is published (`/fr/contacts/martin.vcf`): see `PublishedSite.vcards`. */
  readonly vcardUrl: string | undefined;
}

/** A press contact's card in one site language: one vCard file at `url`. */
export interface ContactVCard {
  readonly lang: string;
  readonly url: string;
  readonly card: ContactCard;
}

/** An issuing organisation with its "About" boilerplate, in one page language. */
export interface OrganisationNote {
  readonly id: string;
  readonly name: LocalisedText;
  readonly short: LocalisedText | undefined;
  readonly url: string | undefined;
  /** The About text rendered from Markdown and sanitized, in the language it was found in. */
  readonly about: { readonly html: string; readonly lang: string; readonly dir: TextDirection } | undefined;
}

export interface ChangeNote {
  readonly date: FormattedInstant;
  readonly note: string;
}

/** On a translation: the original's language, named in the page's language, and its URL. */
export interface OriginalLink {
  readonly lang: string;
  /** The original's language named in the page's language, for use in a sentence (`anglais`). */
  readonly name: string;
  readonly url: string;
}

/** Set only in preview builds, on releases that a public build leaves out. */
export interface PreviewFlag {
  readonly state: 'draft' | 'embargoed';
  /** When a build would publish it (never for a draft). */
  readonly publishesAt: FormattedInstant | undefined;
}

/** One published language version of a release: one page. */
export interface ReleasePage {
  readonly releaseId: string;
  readonly year: string;
  readonly lang: string;
  readonly dir: TextDirection;
  /** Language of the interface strings this page uses (`en` for a language without them). */
  readonly uiLang: string;
  readonly url: string;
  readonly absoluteUrl: string;
  readonly type: ReleaseType;
  readonly isOriginal: boolean;
  /** Set on translations. */
  readonly original: OriginalLink | undefined;
  /** Shared by every version of the release, so the set is reciprocal. */
  readonly alternates: readonly Alternate[];
  /** Every published version of the release, this one included, in site language order. */
  readonly languages: readonly LanguageLink[];
  readonly title: string;
  readonly summary: string;
  readonly dateline: Dateline;
  readonly published: FormattedInstant;
  readonly updated: FormattedInstant | undefined;
  readonly changes: readonly ChangeNote[];
  /** The body as sanitized HTML, rendered once on first use. */
  readonly body: string;
  readonly figures: readonly KeyFigure[];
  readonly media: readonly MediaItem[];
  readonly contacts: readonly ContactCard[];
  readonly organisations: readonly OrganisationNote[];
  /** Topic ids, as the release lists them. */
  readonly topics: readonly string[];
  /** The same topics named in the page's language (see `site.yaml` `topics`), for feeds and metadata. */
  readonly topicNames: readonly TopicName[];
  readonly preview: PreviewFlag | undefined;
}

export interface TopicName {
  readonly id: string;
  readonly name: LocalisedText;
}

/** A release (one translation group) as published. */
export interface PublishedRelease {
  readonly id: string;
  readonly year: string;
  /** Publication instant, epoch milliseconds (sort key). */
  readonly date: number;
  readonly original: ReleasePage;
  /** Published versions in site language order. */
  readonly versions: readonly ReleasePage[];
  readonly topics: readonly string[];
}

/** A language of the site, with its listing. */
export interface SiteLanguage {
  readonly lang: string;
  readonly dir: TextDirection;
  readonly uiLang: string;
  /** Own name (`Français`). */
  readonly name: string;
  /** The language's listing page, `/fr/`. */
  readonly url: string;
  readonly absoluteUrl: string;
  /** The site's title in this language (falling back like every per-language map). */
  readonly title: LocalisedText;
  readonly description: LocalisedText | undefined;
  /** Versions in this language, newest first. */
  readonly releases: readonly ReleasePage[];
  /** Releases with no version in this language, by their original, newest first. */
  readonly elsewhere: readonly ReleasePage[];
}

export interface Topic {
  readonly id: string;
  /** Published releases with the topic, newest first. */
  readonly releases: readonly PublishedRelease[];
}

/** A person who is a contact of at least one published release (whose vCard may be published). */
export interface PublishedContact {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string | undefined;
  readonly mobile: string | undefined;
}

/** Which releases a listing gathers: those with a topic, by an issuing organisation, or of a year. */
export type ListingKind = 'topic' | 'organisation' | 'year';

/** A topic, organisation or year listing in one site language: one page. */
export interface Listing {
  readonly kind: ListingKind;
  /** The topic id, the organisation id or the year. */
  readonly id: string;
  readonly lang: string;
  readonly dir: TextDirection;
  readonly uiLang: string;
  /** `/fr/topics/migration/`, `/fr/organisations/iom/`, `/fr/2024/`. */
  readonly url: string;
  readonly absoluteUrl: string;
  /** The organisation's name in this language (with fallback), the year, or the topic id as words. */
  readonly name: LocalisedText;
  /** Versions in this language, newest first. */
  readonly releases: readonly ReleasePage[];
  /** Releases with no version in this language, by their original, newest first. */
  readonly elsewhere: readonly ReleasePage[];
  /** The same listing in every site language, then `x-default` (the first language). */
  readonly alternates: readonly Alternate[];
}

/** Every listing of a published site. */
export interface ListingsIndex {
  /** One per (topic, organisation or year) and site language: paginate over this. */
  readonly all: readonly Listing[];
  /** The listings of one kind in a language: years newest first, topics and organisations by name. */
  in(lang: string, kind: ListingKind): readonly Listing[];
  find(kind: ListingKind, id: string, lang: string): Listing | undefined;
}
