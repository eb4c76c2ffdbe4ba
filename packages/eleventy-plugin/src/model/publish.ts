import {
  hashOf,
  linkedUrls,
  type PageCache,
  type PressRoom,
  parseDateOrRange,
  type Release,
  type ReleaseMeta,
  type ReleaseVersion,
  referencesOfChecked,
  resolveLink,
} from '@communique/core';
import { formatDateRange, formatFigure, formatPlainDate, renderVersionBody } from '../core-rendering.ts';
import { CommuniquePluginError, pluginName } from '../errors.ts';
import {
  countryNameIn,
  directionOf,
  formattedInstant,
  languageNameIn,
  localised,
  ownLanguageName,
} from '../format.ts';
import { ui, uiLanguage } from '../ui-strings/index.ts';
import { PeopleDirectory } from './contacts.ts';
import type { InlineFormatters } from './figure-context.ts';
import { buildListings, topicName } from './listings.ts';
import { type BodyRenderer, type DrawnBody, PublishedPage } from './release-page.ts';
import { type PublicationState, scheduleOf } from './schedule.ts';
import { PublishedSite } from './site.ts';
import type {
  Alternate,
  ChangeNote,
  FormattedInstant,
  LanguageLink,
  PreviewFlag,
  PublishedRelease,
  SiteLanguage,
  Topic,
} from './types.ts';
import { absolute, assetPath, languagePath, releasePath } from './urls.ts';

export interface PublishSettings {
  /** The build's instant. */
  readonly now: Date;
  /** Include drafts and embargoed releases, flagged. */
  readonly preview: boolean;
  /** Overrides `site.yaml`'s `baseUrl`. */
  readonly baseUrl: string | undefined;
  /** Rendered pages of earlier builds (the plugin's `cache` option). */
  readonly pageCache?: PageCache | undefined;
  /**
   * Publish the pages of these releases only, linking to the others as `around` (the whole site
   * published from the same room at the same instant, before an edit that moved no URL) does:
   * what `serve` writes first after an edit. The result is `partial`: its lists, topics and
   * listings hold only these releases.
   */
  readonly only?: { readonly releases: ReadonlySet<string>; readonly around: PublishedSite } | undefined;
}

/**
 * The published view of a press room at `now`: every page, listing and link, with unpublished
 * releases left out entirely (or, in preview, flagged). Bodies render lazily, once per page.
 */
export function publishSite(room: PressRoom, settings: PublishSettings): PublishedSite {
  const site = room.site;
  if (!site) {
    throw new CommuniquePluginError(
      `${pluginName} cannot publish \`${room.root}\`: its \`site.yaml\` is missing or invalid (run \`communique check\`)`,
    );
  }
  const baseUrl = (settings.baseUrl ?? site.baseUrl).replace(/\/+$/, '');
  const siteLanguages = site.languages;
  const defaultLang = siteLanguages[0]!;
  const topicLabels = site.topics ?? {};
  const { included, nextPublication } = scheduleOf(room, settings.now, settings.preview);

  const people = new PeopleDirectory(room);
  const usedAssets = new Map<string, Set<string>>();
  const groups = new Map<string, PublishedRelease>();
  const urlOwners = new Map<string, string>();

  const only = settings.only;
  const releaseUrl = (releaseId: string, lang: string): string | undefined => {
    const group = groups.get(releaseId);
    if (!group) return only?.around.releaseUrl(releaseId, lang);
    return (group.versions.find((page) => page.lang === lang) ?? group.original).url;
  };
  const assetUrl = (releaseId: string, name: string): string => {
    const release = room.releaseById.get(releaseId);
    if (!release) return '';
    let names = usedAssets.get(releaseId);
    if (!names) {
      names = new Set();
      usedAssets.set(releaseId, names);
    }
    names.add(name);
    return assetPath(release.year, release.slug, name);
  };
  const renderer: BodyRenderer = {
    html: (version, consumeTree) =>
      renderVersionBody(version, { room, lang: version.lang, releaseUrl, assetUrl }, { consumeTree }),
    inline: (lang, meta) => inlineFormatters(lang, meta),
    ...(settings.pageCache
      ? { cached: cachedBody(settings.pageCache), keyOf: (version) => bodyKey(settings.pageCache!, version) }
      : {}),
  };

  // What a body takes from outside its release: where the releases it links to are published
  // (links follow them) and the people it quotes (with their organisations). Where the checks
  // found which those are, its key holds just them; else every release and both registries.
  let published: string | undefined;
  const publishedDigest = () =>
    (published ??= only ? only.around.linkDigest : linkDigestOf(settings.preview, groups.values()));
  let everything: string | undefined;
  const quotingOnly = new Map<string, string>();
  function outsidePart(release: Release, lang: string): string {
    const references = referencesOfChecked(release);
    if (references === undefined) {
      everything ??= hashOf(
        publishedDigest(),
        room.people.source?.text ?? null,
        room.organisations.source?.text ?? null,
      );
      return everything;
    }
    const { links, speakers } = references;
    if (links.length === 0) {
      // Most bodies link to no release: one digest per group of people quoted, whatever the page.
      const group = speakers.join('\u0000');
      let digest = quotingOnly.get(group);
      if (digest === undefined) {
        digest = hashOf('outside', settings.preview, [], speakersDigest(speakers));
        quotingOnly.set(group, digest);
      }
      return digest;
    }
    return hashOf(
      'outside',
      settings.preview,
      links.map((id) => {
        const original = room.releaseById.get(id)?.original?.lang ?? null;
        return [
          id,
          releaseUrl(id, lang) ?? null,
          original,
          original === null ? null : (releaseUrl(id, original) ?? null),
        ];
      }),
      speakersDigest(speakers),
    );
  }
  // Many releases quote the same few people: each group of them is hashed once.
  const speakerDigests = new Map<string, string>();
  function speakersDigest(speakers: readonly string[]): string {
    const group = speakers.join('\u0000');
    let digest = speakerDigests.get(group);
    if (digest === undefined) {
      digest = hashOf(
        speakers.map((id) => {
          const person = room.people.entries[id];
          const organisation = person?.organisation
            ? room.organisations.entries[person.organisation]
            : undefined;
          return [id, person ?? null, organisation ?? null];
        }),
      );
      speakerDigests.set(group, digest);
    }
    return digest;
  }
  function bodyKey(cache: PageCache, version: ReleaseVersion): string | undefined {
    const release = room.releaseById.get(version.releaseId);
    if (!release) return undefined;
    return cache.keyOf(version, release, version.lang, outsidePart(release, version.lang));
  }
  function cachedBody(cache: PageCache) {
    return (version: ReleaseVersion, draw: () => DrawnBody): DrawnBody => {
      const release = room.releaseById.get(version.releaseId);
      const key = bodyKey(cache, version);
      if (!release || key === undefined) return draw();
      const hit = cache.lookup(key);
      if (hit) {
        // Publish the files the body uses, as rendering it would have.
        for (const name of hit.assets) assetUrl(release.id, name);
        return { html: hit.html, contexts: new Map(hit.contexts), assets: hit.assets };
      }
      const assets = bodyAssets(version, release);
      const drawn = draw();
      cache.store(key, { html: drawn.html, contexts: [...drawn.contexts], assets });
      return { ...drawn, assets };
    };
  }

  for (const { release, original, meta: originalMeta, state, at } of included) {
    if (only && !only.releases.has(release.id)) continue;
    const versions = release.versions.filter(
      (version) => version.meta !== undefined && siteLanguages.includes(version.lang),
    );
    const urls = new Map(versions.map((v) => [v, releasePath(v.lang, release.year, v.slug)]));
    for (const [version, url] of urls) {
      const owner = urlOwners.get(url);
      if (owner !== undefined) {
        throw new CommuniquePluginError(
          `${pluginName} would publish two pages at \`${url}\`: \`${owner}\` and \`${version.file}\`; give one of them another \`slug\``,
        );
      }
      urlOwners.set(url, version.file);
    }
    const originalUrl = urls.get(original) ?? '';
    const alternates: Alternate[] = [
      ...versions.map((v) => ({ hreflang: v.lang, href: absolute(baseUrl, urls.get(v)!) })),
      { hreflang: 'x-default', href: absolute(baseUrl, originalUrl) },
    ];
    const languages: LanguageLink[] = versions.map((v) => ({
      lang: v.lang,
      dir: directionOf(v.lang),
      name: ownLanguageName(v.lang),
      url: urls.get(v)!,
    }));
    const pages = versions.map((version) => {
      const meta = version.meta!;
      const lang = version.lang;
      const fallbacks = [original.lang, defaultLang];
      const published = formattedInstant(meta.date, lang) ?? invalidInstant(meta.date);
      const media = meta.media.map((item) => ({
        file: item.file,
        url: assetUrl(release.id, item.file),
        alt: item.alt ?? '',
        caption: item.caption,
        credit: item.credit,
      }));
      return new PublishedPage(
        {
          releaseId: release.id,
          year: release.year,
          lang,
          dir: directionOf(lang),
          uiLang: uiLanguage(lang),
          url: urls.get(version)!,
          absoluteUrl: absolute(baseUrl, urls.get(version)!),
          type: meta.type,
          isOriginal: version === original,
          original:
            version === original
              ? undefined
              : { lang: original.lang, name: languageNameIn(original.lang, lang), url: originalUrl },
          alternates,
          languages,
          title: meta.title,
          summary: meta.summary,
          dateline: {
            city: meta.dateline.city,
            country: meta.dateline.country,
            countryName: countryNameIn(meta.dateline.country, lang),
            place: ui(lang, 'place', {
              city: meta.dateline.city,
              country: countryNameIn(meta.dateline.country, lang),
            }),
            date: published,
          },
          published,
          updated: meta.updated === undefined ? undefined : formattedInstant(meta.updated, lang),
          changes: meta.changes.flatMap((change): ChangeNote[] => {
            const date = formattedInstant(change.date, lang);
            return date ? [{ date, note: change.note }] : [];
          }),
          media,
          contacts: meta.contacts.flatMap((id) => people.contact(id, lang, fallbacks) ?? []),
          organisations: meta.organisations.flatMap((id) => people.organisation(id, lang, fallbacks) ?? []),
          topics: meta.topics,
          topicNames: meta.topics.map((id) => ({ id, name: topicName(id, topicLabels, lang, defaultLang) })),
          preview: previewFlag(state, at, originalMeta, lang),
        },
        version,
        meta,
        renderer,
      );
    });
    const originalPage = pages[versions.indexOf(original)];
    if (!originalPage) continue;
    const publishedAt = formattedInstant(originalMeta.date, original.lang)?.epochMilliseconds ?? 0;
    groups.set(release.id, {
      id: release.id,
      year: release.year,
      date: publishedAt,
      original: originalPage,
      versions: pages,
      topics: originalMeta.topics,
    });
  }

  const releases = [...groups.values()].sort((a, b) => b.date - a.date || a.id.localeCompare(b.id));
  const languages: SiteLanguage[] = siteLanguages.map((lang) => {
    const inLanguage = releases.flatMap((group) => group.versions.filter((page) => page.lang === lang));
    const elsewhere = releases
      .filter((group) => !group.versions.some((page) => page.lang === lang))
      .map((group) => group.original);
    const fallbacks = [defaultLang];
    return {
      lang,
      dir: directionOf(lang),
      uiLang: uiLanguage(lang),
      name: ownLanguageName(lang),
      url: languagePath(lang),
      absoluteUrl: absolute(baseUrl, languagePath(lang)),
      title: localised(site.title, lang, fallbacks) ?? { text: '', lang, dir: directionOf(lang) },
      description: localised(site.description, lang, fallbacks),
      releases: inLanguage,
      elsewhere,
    };
  });
  const topics = topicsOf(releases);
  return new PublishedSite({
    baseUrl,
    now: settings.now,
    preview: settings.preview,
    nextPublication: nextPublication === undefined ? undefined : new Date(nextPublication),
    defaultLanguage: defaultLang,
    languages,
    releases,
    topics,
    listings: buildListings({
      baseUrl,
      languages: siteLanguages,
      releases,
      organisations: room.organisations.entries,
      topics: topicLabels,
    }),
    people,
    room,
    usedAssets,
    partial: only !== undefined,
    linkDigest: () => publishedDigest(),
    noteAsset: (releaseId, name) => {
      assetUrl(releaseId, name);
    },
    releaseUrl,
  });
}

/** What links in bodies depend on: which releases are published at which URLs, and whether in preview. */
function linkDigestOf(preview: boolean, groups: Iterable<PublishedRelease>): string {
  return hashOf(
    preview,
    [...groups].map((group) => [group.id, group.versions.map((page) => page.url)]),
  );
}

/** Files of its release folder that a body links to or shows: the ones publishing it copies. */
function bodyAssets(version: ReleaseVersion, release: Release): string[] {
  const names = new Set<string>();
  for (const { url } of linkedUrls(version.tree)) {
    const target = resolveLink(url, version.releaseId);
    if (target.kind === 'asset' && release.assets.includes(target.name)) names.add(target.name);
  }
  return [...names];
}

function previewFlag(
  state: PublicationState,
  at: number | undefined,
  meta: ReleaseMeta,
  lang: string,
): PreviewFlag | undefined {
  if (state === 'published') return undefined;
  if (state === 'draft' || at === undefined) return { state, publishesAt: undefined };
  // Show the instant as it was written (embargo or date, whichever is later), with its offset.
  const embargo = meta.embargo === undefined ? undefined : formattedInstant(meta.embargo, lang);
  return {
    state,
    publishesAt: embargo?.epochMilliseconds === at ? embargo : formattedInstant(meta.date, lang),
  };
}

function invalidInstant(written: string): FormattedInstant {
  return { datetime: written, epochMilliseconds: Number.NaN, text: written };
}

function inlineFormatters(lang: string, meta: ReleaseMeta): InlineFormatters {
  return {
    figure: (name) => {
      const figure = meta.figures[name];
      return figure === undefined ? undefined : formatFigure(figure, lang);
    },
    date: (text) => {
      const parsed = parseDateOrRange(text);
      if (!parsed) return text;
      return parsed.kind === 'date'
        ? formatPlainDate(parsed.start, lang)
        : formatDateRange(parsed.start, parsed.end, lang);
    },
  };
}

function topicsOf(releases: readonly PublishedRelease[]): Topic[] {
  const byTopic = new Map<string, PublishedRelease[]>();
  for (const release of releases) {
    for (const topic of release.topics) {
      const list = byTopic.get(topic);
      if (list) list.push(release);
      else byTopic.set(topic, [release]);
    }
  }
  return [...byTopic].sort(([a], [b]) => a.localeCompare(b)).map(([id, list]) => ({ id, releases: list }));
}
