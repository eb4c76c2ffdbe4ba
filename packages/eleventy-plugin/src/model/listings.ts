import type { LocalisedText as CoreLocalisedText, Organisation } from '@communique/core';
import { directionOf, localised } from '../format.ts';
import { uiLanguage } from '../ui-strings/index.ts';
import type {
  Alternate,
  Listing,
  ListingKind,
  ListingsIndex,
  LocalisedText,
  PublishedRelease,
  ReleasePage,
} from './types.ts';
import { absolute } from './urls.ts';

export interface ListingSettings {
  readonly baseUrl: string;
  /** The site's languages, in `site.yaml` order; the first is the `x-default` and the fallback. */
  readonly languages: readonly string[];
  /** Published releases, newest first. */
  readonly releases: readonly PublishedRelease[];
  /** The organisations registry, for localised names. */
  readonly organisations: Readonly<Record<string, Organisation>>;
  /** Topic labels from `site.yaml`'s `topics`, per language. */
  readonly topics: Readonly<Record<string, CoreLocalisedText>>;
}

/** One group of releases (a topic, an organisation, a year), before it is laid out per language. */
interface Group {
  readonly kind: ListingKind;
  readonly id: string;
  readonly segment: string;
  readonly releases: readonly PublishedRelease[];
}

/**
 * The listings of a published site: for every topic, issuing organisation and year of published
 * releases, one page per site language, each with the versions in that language newest first and
 * the releases that have none in it (by their original). Built from published releases only, so
 * an embargoed release gives no listing, no entry and no URL segment.
 */
export function buildListings(settings: ListingSettings): ListingsIndex {
  const groups = [
    ...groupsOf('year', settings.releases, (release) => [release.year]),
    ...groupsOf('topic', settings.releases, (release) => release.topics),
    ...groupsOf('organisation', settings.releases, (release) =>
      release.original.organisations.map((organisation) => organisation.id),
    ),
  ];
  const byLanguage = new Map<string, Listing[]>();
  const all: Listing[] = [];
  for (const group of groups) {
    const alternates: Alternate[] = [
      ...settings.languages.map((lang) => ({
        hreflang: lang,
        href: absolute(settings.baseUrl, listingPath(lang, group.kind, group.segment)),
      })),
      {
        hreflang: 'x-default',
        href: absolute(settings.baseUrl, listingPath(settings.languages[0]!, group.kind, group.segment)),
      },
    ];
    for (const lang of settings.languages) {
      const listing = listingIn(group, lang, settings, alternates);
      all.push(listing);
      const list = byLanguage.get(lang);
      if (list) list.push(listing);
      else byLanguage.set(lang, [listing]);
    }
  }
  return new ListingsIndexImpl(all, byLanguage);
}

function listingIn(
  group: Group,
  lang: string,
  settings: ListingSettings,
  alternates: readonly Alternate[],
): Listing {
  const releases: ReleasePage[] = [];
  const elsewhere: ReleasePage[] = [];
  for (const release of group.releases) {
    const version = release.versions.find((page) => page.lang === lang);
    if (version) releases.push(version);
    else elsewhere.push(release.original);
  }
  const path = listingPath(lang, group.kind, group.segment);
  return {
    kind: group.kind,
    id: group.id,
    lang,
    dir: directionOf(lang),
    uiLang: uiLanguage(lang),
    url: path,
    absoluteUrl: absolute(settings.baseUrl, path),
    name: nameOf(group, lang, settings),
    releases,
    elsewhere,
    alternates,
  };
}

function nameOf(group: Group, lang: string, settings: ListingSettings): Listing['name'] {
  const first = settings.languages[0]!;
  if (group.kind === 'organisation') {
    const entry = settings.organisations[group.id];
    const name = entry && localised(entry.name, lang, [first]);
    if (name) return name;
  }
  if (group.kind === 'year') return { text: group.id, lang, dir: directionOf(lang) };
  return topicName(group.id, settings.topics, lang, first);
}

/**
 * A topic's label in `lang` from `site.yaml`'s `topics` (with the usual fallback), else its id:
 * written in the press office's working language, taken to be the site's first; hyphens read as
 * spaces.
 */
export function topicName(
  id: string,
  labels: Readonly<Record<string, CoreLocalisedText>>,
  lang: string,
  first: string,
): LocalisedText {
  const label = localised(labels[id], lang, [first]);
  if (label) return label;
  return { text: id.replace(/-+/g, ' ').trim() || id, lang: first, dir: directionOf(first) };
}

/** Releases by key, newest first within each, keys in a stable order, each with a safe URL segment. */
function groupsOf(
  kind: ListingKind,
  releases: readonly PublishedRelease[],
  keysOf: (release: PublishedRelease) => readonly string[],
): Group[] {
  const byKey = new Map<string, PublishedRelease[]>();
  for (const release of releases) {
    for (const key of new Set(keysOf(release))) {
      const list = byKey.get(key);
      if (list) list.push(release);
      else byKey.set(key, [release]);
    }
  }
  const keys = [...byKey.keys()].sort((a, b) => (kind === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
  const taken = new Set<string>();
  return keys.map((id) => {
    const segment = uniqueSegment(id, taken);
    return { kind, id, segment, releases: byKey.get(id)! };
  });
}

/**
 * A URL (and file name) segment for an id from the content: letters and digits of any script
 * joined by hyphens, so no id can name another folder (`..`, `/`, `\`) or a hidden file. Two ids
 * that reduce to the same segment get `-2`, `-3`… in sorted order.
 */
export function segmentFor(id: string): string {
  return (
    id
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'untitled'
  );
}

function uniqueSegment(id: string, taken: Set<string>): string {
  const base = segmentFor(id);
  let segment = base;
  for (let n = 2; taken.has(segment); n++) segment = `${base}-${n}`;
  taken.add(segment);
  return segment;
}

class ListingsIndexImpl implements ListingsIndex {
  readonly all: readonly Listing[];
  readonly #byLanguage: ReadonlyMap<string, readonly Listing[]>;
  readonly #byKey: ReadonlyMap<string, Listing>;

  constructor(all: readonly Listing[], byLanguage: ReadonlyMap<string, readonly Listing[]>) {
    this.all = all;
    this.#byLanguage = byLanguage;
    this.#byKey = new Map(all.map((listing) => [key(listing.kind, listing.id, listing.lang), listing]));
  }

  in(lang: string, kind: ListingKind): readonly Listing[] {
    const listings = (this.#byLanguage.get(lang) ?? []).filter((listing) => listing.kind === kind);
    if (kind === 'year') return listings;
    // Topics and organisations by the name a reader of the language sees.
    const collator = new Intl.Collator(lang);
    return [...listings].sort((a, b) => collator.compare(a.name.text, b.name.text));
  }

  find(kind: ListingKind, id: string, lang: string): Listing | undefined {
    return this.#byKey.get(key(kind, id, lang));
  }
}

function key(kind: ListingKind, id: string, lang: string): string {
  return `${kind}\u0000${id}\u0000${lang}`;
}

/**
 * Where a listing is: `/fr/2024/` for a year, `/fr/topics/<topic>/`,
 * `/fr/organisations/<organisation>/`; `segment` comes from `segmentFor`.
 */
export function listingPath(lang: string, kind: ListingKind, segment: string): string {
  if (kind === 'year') return `/${lang}/${segment}/`;
  return `/${lang}/${kind === 'topic' ? 'topics' : 'organisations'}/${segment}/`;
}
