import { figureValue, type ReleaseMeta, type ReleaseType, type ReleaseVersion } from '@communique/core';
import { formatFigure } from '../core-rendering.ts';
import type { InlineFormatters } from './figure-context.ts';
import { figureContexts } from './figure-context.ts';
import type {
  Alternate,
  ChangeNote,
  ContactCard,
  Dateline,
  FormattedInstant,
  KeyFigure,
  LanguageLink,
  MediaItem,
  OrganisationNote,
  OriginalLink,
  PreviewFlag,
  ReleasePage,
  TextDirection,
  TopicName,
} from './types.ts';

/** Everything a page knows up front; the body and key figures are rendered on first use. */
export interface ReleasePageFields {
  readonly releaseId: string;
  readonly year: string;
  readonly lang: string;
  readonly dir: TextDirection;
  readonly uiLang: string;
  readonly url: string;
  readonly absoluteUrl: string;
  readonly type: ReleaseType;
  readonly isOriginal: boolean;
  readonly original: OriginalLink | undefined;
  readonly alternates: readonly Alternate[];
  readonly languages: readonly LanguageLink[];
  readonly title: string;
  readonly summary: string;
  readonly dateline: Dateline;
  readonly published: FormattedInstant;
  readonly updated: FormattedInstant | undefined;
  readonly changes: readonly ChangeNote[];
  readonly media: readonly MediaItem[];
  readonly contacts: readonly ContactCard[];
  readonly organisations: readonly OrganisationNote[];
  readonly topics: readonly string[];
  readonly topicNames: readonly TopicName[];
  readonly preview: PreviewFlag | undefined;
}

export interface BodyRenderer {
  /** With `consumeTree`, the caller drops the version's tree right after: it may be changed. */
  readonly html: (version: ReleaseVersion, consumeTree?: boolean) => string;
  readonly inline: (lang: string, meta: ReleaseMeta) => InlineFormatters;
  /** Looks the page up in a content cache before `draw` parses and renders it (the build's `cache`). */
  readonly cached?: (version: ReleaseVersion, draw: () => DrawnBody) => DrawnBody;
  /** The content cache's key of a body: what `cached` looks it up by. */
  readonly keyOf?: (version: ReleaseVersion) => string | undefined;
}

/** A body as rendered, with each figure's first sentence in it. */
export interface DrawnBody {
  readonly html: string;
  readonly contexts: ReadonlyMap<string, string>;
  /** Files of the release folder the body uses, when the content cache rendered it. */
  readonly assets?: readonly string[];
}

interface Rendered {
  readonly html: string;
  readonly figures: readonly KeyFigure[];
  readonly assets: readonly string[] | undefined;
}

/**
 * A class rather than a plain object so that Eleventy's data merging passes it by reference
 * instead of copying it (and rendering every body) for each template.
 */
export class PublishedPage implements ReleasePage {
  readonly releaseId: string;
  readonly year: string;
  readonly lang: string;
  readonly dir: TextDirection;
  readonly uiLang: string;
  readonly url: string;
  readonly absoluteUrl: string;
  readonly type: ReleaseType;
  readonly isOriginal: boolean;
  readonly original: OriginalLink | undefined;
  readonly alternates: readonly Alternate[];
  readonly languages: readonly LanguageLink[];
  readonly title: string;
  readonly summary: string;
  readonly dateline: Dateline;
  readonly published: FormattedInstant;
  readonly updated: FormattedInstant | undefined;
  readonly changes: readonly ChangeNote[];
  readonly media: readonly MediaItem[];
  readonly contacts: readonly ContactCard[];
  readonly organisations: readonly OrganisationNote[];
  readonly topics: readonly string[];
  readonly topicNames: readonly TopicName[];
  readonly preview: PreviewFlag | undefined;
  readonly #version: ReleaseVersion;
  readonly #meta: ReleaseMeta;
  readonly #renderer: BodyRenderer;
  #rendered: Rendered | undefined;

  constructor(fields: ReleasePageFields, version: ReleaseVersion, meta: ReleaseMeta, renderer: BodyRenderer) {
    this.releaseId = fields.releaseId;
    this.year = fields.year;
    this.lang = fields.lang;
    this.dir = fields.dir;
    this.uiLang = fields.uiLang;
    this.url = fields.url;
    this.absoluteUrl = fields.absoluteUrl;
    this.type = fields.type;
    this.isOriginal = fields.isOriginal;
    this.original = fields.original;
    this.alternates = fields.alternates;
    this.languages = fields.languages;
    this.title = fields.title;
    this.summary = fields.summary;
    this.dateline = fields.dateline;
    this.published = fields.published;
    this.updated = fields.updated;
    this.changes = fields.changes;
    this.media = fields.media;
    this.contacts = fields.contacts;
    this.organisations = fields.organisations;
    this.topics = fields.topics;
    this.topicNames = fields.topicNames;
    this.preview = fields.preview;
    this.#version = version;
    this.#meta = meta;
    this.#renderer = renderer;
  }

  get body(): string {
    return this.#render().html;
  }

  get figures(): readonly KeyFigure[] {
    return this.#render().figures;
  }

  /**
   * What the body as rendered depends on (its text, effective metadata, the room and what is
   * published where), as the content cache keys it, without rendering it; undefined without a cache.
   */
  get bodyKey(): string | undefined {
    return this.#renderer.keyOf?.(this.#version);
  }

  /** Files of the release folder the body uses, when the content cache knows them. */
  get bodyAssets(): readonly string[] | undefined {
    return this.#render().assets;
  }

  /**
   * Renders the body now, while its parse is at hand, and lets go of the result when the content
   * cache keeps it (a later read takes it from there): a cold build that renders every body
   * while checking does not hold all of them until the pages are written.
   */
  renderAhead(): void {
    this.#render();
    if (this.#renderer.cached) this.#rendered = undefined;
  }

  /** Renders the body and reads the figures' sentences from one parse, then frees the parse. */
  #render(): Rendered {
    if (this.#rendered) return this.#rendered;
    const version = this.#version;
    const draw = (): DrawnBody => {
      // The figures' sentences first: rendering then works on the tree itself, dropped after.
      const contexts = figureContexts(version.tree, this.lang, this.#renderer.inline(this.lang, this.#meta));
      const html = this.#renderer.html(version, true);
      version.dropTree();
      return { html, contexts };
    };
    const { html, contexts, assets } = this.#renderer.cached ? this.#renderer.cached(version, draw) : draw();
    const figures = Object.entries(this.#meta.figures).map(([name, figure]) => ({
      name,
      value: figureValue(figure),
      text: formatFigure(figure, this.lang),
      context: contexts.get(name),
    }));
    this.#rendered = { html, figures, assets };
    return this.#rendered;
  }
}

/** Renders a page's body ahead of its layout (see `PublishedPage.renderAhead`). */
export function renderBodyAhead(page: ReleasePage): void {
  if (page instanceof PublishedPage) page.renderAhead();
  else void page.body;
}
