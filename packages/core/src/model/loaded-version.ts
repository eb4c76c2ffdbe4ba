import type { Root } from 'mdast';
import type { YamlSource } from '../load/yaml-source.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import type { ReleaseMeta, ReleaseVersion } from './press-room.ts';
import type { OriginalFrontMatter, TranslationFrontMatter } from './schemas.ts';

export type VersionFields = Omit<ReleaseVersion, 'tree' | 'dropTree' | 'meta'>;

/** A release version as loaded: front matter parsed eagerly, body parsed on first use. */
export class LoadedVersion implements ReleaseVersion {
  readonly releaseId: string;
  readonly lang: string;
  readonly file: string;
  readonly source: string | undefined;
  readonly sourceHash: string | undefined;
  readonly slug: string;
  readonly yaml: YamlSource;
  readonly own: OriginalFrontMatter | TranslationFrontMatter | undefined;
  readonly raw: Readonly<Record<string, unknown>>;
  readonly body: string;
  readonly bodyLine: number;
  readonly textDigest: string | undefined;
  meta: ReleaseMeta | undefined = undefined;
  #tree: Root | undefined;

  constructor(fields: VersionFields) {
    this.releaseId = fields.releaseId;
    this.lang = fields.lang;
    this.file = fields.file;
    this.source = fields.source;
    this.sourceHash = fields.sourceHash;
    this.slug = fields.slug;
    this.yaml = fields.yaml;
    this.own = fields.own;
    this.raw = fields.raw;
    this.body = fields.body;
    this.bodyLine = fields.bodyLine;
    this.textDigest = fields.textDigest;
  }

  get tree(): Root {
    this.#tree ??= parseMarkdown(this.body);
    return this.#tree;
  }

  dropTree(): void {
    this.#tree = undefined;
  }
}
