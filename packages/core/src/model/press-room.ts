import type { Root } from 'mdast';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { YamlSource } from '../load/yaml-source.ts';
import type {
  ChangeEntry,
  Figure,
  Organisation,
  OriginalFrontMatter,
  Person,
  ReleaseType,
  SiteConfig,
  TranslationFrontMatter,
} from './schemas.ts';

/** A media entry as a version shows it: shared file and credit, the version's own alt and caption. */
export interface VersionMedia {
  readonly file: string;
  readonly alt: string | undefined;
  readonly caption: string | undefined;
  readonly credit: string | undefined;
}

/** A version's effective metadata: its own translatable fields over the original's shared ones. */
export interface ReleaseMeta {
  readonly type: ReleaseType;
  readonly title: string;
  readonly summary: string;
  readonly date: string;
  readonly embargo: string | undefined;
  readonly updated: string | undefined;
  readonly draft: boolean;
  readonly dateline: { readonly city: string; readonly country: string };
  readonly organisations: readonly string[];
  readonly contacts: readonly string[];
  readonly figures: Readonly<Record<string, Figure>>;
  readonly topics: readonly string[];
  readonly media: readonly VersionMedia[];
  readonly changes: readonly ChangeEntry[];
}

export interface ReleaseVersion {
  /** Release id, `<year>/<slug>`. */
  readonly releaseId: string;
  readonly lang: string;
  /** Path of the file, as the loader was given it joined with the relative path. */
  readonly file: string;
  /** Language this version was translated from; absent on the original. */
  readonly source: string | undefined;
  readonly sourceHash: string | undefined;
  /** URL slug: the translation's localised `slug`, else the folder's. */
  readonly slug: string;
  readonly yaml: YamlSource;
  /** The front matter as written, validated against the original or translation schema. */
  readonly own: OriginalFrontMatter | TranslationFrontMatter | undefined;
  /** The front matter as parsed, before validation (for checks that must see invalid input). */
  readonly raw: Readonly<Record<string, unknown>>;
  readonly body: string;
  /** 1-based file line where `body` starts: add `bodyLine - 1` to tree positions. */
  readonly bodyLine: number;
  /** SHA-256 (hex) of the file's text as loaded, when it was read from a file. */
  readonly textDigest?: string | undefined;
  /**
   * The body parsed (remark-parse + remark-directive) on first use and kept, so checks and
   * rendering share one parse. Positions are body-relative.
   */
  readonly tree: Root;
  /** Frees the parsed body of a version that is done with (the next use of `tree` parses again). */
  dropTree(): void;
  /** Effective metadata, once the original and this version are both valid. */
  meta: ReleaseMeta | undefined;
}

export interface Release {
  readonly id: string;
  readonly year: string;
  readonly slug: string;
  /** Folder of the release. */
  readonly dir: string;
  /** Versions in site language order. */
  readonly versions: readonly ReleaseVersion[];
  /** The one version without `source`, when there is exactly one. */
  readonly original: ReleaseVersion | undefined;
  /** Names of the files in the folder that are not language versions (media, PDFs). */
  readonly assets: readonly string[];
}

export interface Registry<T> {
  readonly entries: Readonly<Record<string, T>>;
  readonly source: YamlSource | undefined;
}

export interface PressRoom {
  /** The content folder as given. */
  readonly root: string;
  readonly site: SiteConfig | undefined;
  readonly siteSource: YamlSource | undefined;
  readonly people: Registry<Person>;
  readonly organisations: Registry<Organisation>;
  readonly releases: readonly Release[];
  /** Every release by id (also in views of the room that hold only some releases). */
  readonly releaseById: ReadonlyMap<string, Release>;
  /** Problems found while loading: syntax, encoding, schema, layout. */
  readonly diagnostics: readonly Diagnostic[];
}
