import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import type { FrontMatterCache, YamlDataCache } from '../cache/front-matter-cache.ts';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { effectiveMeta } from '../model/effective-meta.ts';
import { LoadedVersion } from '../model/loaded-version.ts';
import type { PressRoom, Registry, Release, ReleaseVersion } from '../model/press-room.ts';
import {
  type OriginalFrontMatter,
  organisationsSchema,
  originalSchema,
  peopleSchema,
  type SiteConfig,
  siteSchema,
  type TranslationFrontMatter,
  translationSchema,
} from '../model/schemas.ts';
import { validate } from '../model/validate.ts';
import { splitFrontMatter } from './front-matter.ts';
import { ReadAhead } from './read-ahead.ts';
import { readReleaseText, readYamlFile } from './read-yaml-file.ts';
import type { YamlSource } from './yaml-source.ts';

const yearPattern = /^\d{4}$/;
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LoadOptions {
  /**
   * YAML data parsed in earlier loads: text seen before is not parsed again. `loadPressRoom`
   * saves it at the end (keeping only the entries it used); `reloadReleases` only reads and adds.
   */
  readonly frontMatterCache?: FrontMatterCache | undefined;
  /**
   * Reads the release files in a second thread ahead of parsing them (`ReadAhead`): for a whole
   * build of a large room, where the thread's start costs less than the reads it takes over.
   */
  readonly readAhead?: boolean | undefined;
}

/** Loads a content tree: registries, then every release version, collecting every problem. */
export function loadPressRoom(root: string, options: LoadOptions = {}): PressRoom {
  const diagnostics: Diagnostic[] = [];
  const cache = options.frontMatterCache?.forRoot(root);
  const { site, siteSource } = loadSite(root, diagnostics, cache);
  const people = loadRegistry(join(root, 'people.yaml'), peopleSchema, diagnostics, cache);
  const organisations = loadRegistry(
    join(root, 'organisations.yaml'),
    organisationsSchema,
    diagnostics,
    cache,
  );
  const ahead = options.readAhead ? new ReadAhead(root) : undefined;
  let releases: Release[];
  try {
    releases = loadReleases(root, site, diagnostics, cache, ahead);
  } finally {
    ahead?.close();
  }
  options.frontMatterCache?.save();
  const releaseById = new Map(releases.map((release) => [release.id, release]));
  return { root, site, siteSource, people, organisations, releases, releaseById, diagnostics };
}

/**
 * The room with some releases (`<year>/<slug>`) read again from disk, whether changed, added or
 * removed; every other release, the registries and `site.yaml` are kept as they were loaded
 * (the same objects). For `serve` after an edit inside release folders. The cache is not saved
 * here: saving keeps only the entries used since the last save, which would be these releases'.
 */
export function reloadReleases(
  room: PressRoom,
  ids: ReadonlySet<string>,
  options: LoadOptions = {},
): PressRoom {
  const cache = options.frontMatterCache?.forRoot(room.root);
  const dirs = [...ids].map((id) => join(room.root, 'releases', ...id.split('/')));
  const inReloaded = (file: string) => dirs.some((dir) => file === dir || file.startsWith(`${dir}${sep}`));
  const diagnostics = room.diagnostics.filter((d) => !inReloaded(d.file));
  const releases = room.releases.filter((release) => !ids.has(release.id));
  for (const id of ids) {
    const [year = '', slug = ''] = id.split('/');
    const dir = join(room.root, 'releases', year, slug);
    if (!yearPattern.test(year) || !slugPattern.test(slug) || !existsSync(dir) || !isDirectory(dir)) continue;
    releases.push(loadRelease(dir, year, slug, room.site, diagnostics, cache));
  }
  releases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const releaseById = new Map(releases.map((release) => [release.id, release]));
  return { ...room, releases, releaseById, diagnostics };
}

function loadSite(
  root: string,
  diagnostics: Diagnostic[],
  cache: YamlDataCache | undefined,
): { site: SiteConfig | undefined; siteSource: YamlSource | undefined } {
  const file = join(root, 'site.yaml');
  if (!existsSync(file)) {
    diagnostics.push(
      diagnostic(
        'schema',
        { file, line: 1, column: 1 },
        'The content folder has no `site.yaml`: add one with `title`, `baseUrl` and `languages`',
      ),
    );
    return { site: undefined, siteSource: undefined };
  }
  const source = readYamlFile(file, diagnostics, cache);
  if (!source || source.data === undefined) return { site: undefined, siteSource: source };
  const result = validate(siteSchema, source, source.data, diagnostics);
  if (!result.ok) return { site: undefined, siteSource: source };
  const site = result.value;
  site.languages.forEach((tag, index) => {
    const canonical = canonicalTag(tag);
    if (canonical !== tag) {
      const expected = canonical ? `: did you mean \`${canonical}\`?` : '';
      diagnostics.push(
        diagnostic(
          'lang-tag',
          source.placeOf(['languages', index]),
          `\`${tag}\` is not a canonical BCP 47 tag${expected}`,
        ),
      );
    }
  });
  site.requiredLanguages?.forEach((tag, index) => {
    if (!site.languages.includes(tag)) {
      diagnostics.push(
        diagnostic(
          'lang-tag',
          source.placeOf(['requiredLanguages', index]),
          `Required language \`${tag}\` is not one of \`languages\``,
        ),
      );
    }
  });
  return { site, siteSource: source };
}

function loadRegistry<T>(
  file: string,
  schema: z.ZodRecord<z.ZodString, z.ZodType<T>>,
  diagnostics: Diagnostic[],
  cache: YamlDataCache | undefined,
): Registry<T> {
  if (!existsSync(file)) return { entries: {}, source: undefined };
  const source = readYamlFile(file, diagnostics, cache);
  if (!source || source.data === undefined || source.data === null) return { entries: {}, source };
  const result = validate(schema, source, source.data, diagnostics);
  // Keep the valid entries of an invalid file, so one bad person does not hide every contact.
  const entries: Record<string, T> = {};
  if (result.ok) return { entries: result.value as Record<string, T>, source };
  if (typeof source.data === 'object' && !Array.isArray(source.data)) {
    const item = schema.valueType;
    for (const [key, value] of Object.entries(source.data as Record<string, unknown>)) {
      const parsed = item.safeParse(value);
      if (parsed.success) entries[key] = parsed.data as T;
    }
  }
  return { entries, source };
}

/** The canonical form of a BCP 47 tag, or undefined when it is not one. */
export function canonicalTag(tag: string): string | undefined {
  // Asked for every file of the room, of a handful of tags: ICU takes microseconds each time.
  if (canonicalTags.has(tag)) return canonicalTags.get(tag);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    canonical = undefined;
  }
  if (canonicalTags.size >= keptTags) canonicalTags.clear();
  canonicalTags.set(tag, canonical);
  return canonical;
}

const canonicalTags = new Map<string, string | undefined>();
const keptTags = 1_000;

function loadReleases(
  root: string,
  site: SiteConfig | undefined,
  diagnostics: Diagnostic[],
  cache: YamlDataCache | undefined,
  ahead?: ReadAhead,
): Release[] {
  const releasesDir = join(root, 'releases');
  if (!existsSync(releasesDir)) return [];
  const releases: Release[] = [];
  for (const year of listDir(releasesDir)) {
    const yearDir = join(releasesDir, year);
    if (!isDirectory(yearDir)) {
      diagnostics.push(
        diagnostic(
          'release-path',
          { file: yearDir, line: 1, column: 1 },
          `\`${year}\` is a file directly under \`releases/\`: move it into \`releases/<year>/<slug>/\``,
        ),
      );
      continue;
    }
    if (!yearPattern.test(year)) {
      diagnostics.push(
        diagnostic(
          'release-path',
          { file: yearDir, line: 1, column: 1 },
          `\`${year}\` is not a four-digit year folder`,
        ),
      );
      continue;
    }
    for (const slug of listDir(yearDir)) {
      const dir = join(yearDir, slug);
      if (!isDirectory(dir)) {
        diagnostics.push(
          diagnostic(
            'release-path',
            { file: dir, line: 1, column: 1 },
            `\`${slug}\` is a file in a year folder: put release files in \`releases/${year}/<slug>/\``,
          ),
        );
        continue;
      }
      if (!slugPattern.test(slug)) {
        diagnostics.push(
          diagnostic(
            'release-path',
            { file: dir, line: 1, column: 1 },
            `Release folder \`${slug}\` is not a slug: use lowercase ASCII letters, digits and \`-\``,
          ),
        );
        continue;
      }
      releases.push(loadRelease(dir, year, slug, site, diagnostics, cache, ahead));
    }
  }
  return releases;
}

function loadRelease(
  dir: string,
  year: string,
  slug: string,
  site: SiteConfig | undefined,
  diagnostics: Diagnostic[],
  cache: YamlDataCache | undefined,
  ahead?: ReadAhead,
): Release {
  const id = `${year}/${slug}`;
  const versions: ReleaseVersion[] = [];
  const assets: string[] = [];
  for (const name of listFilesDeep(dir)) {
    const lang = /^[^/]+\.md$/.test(name) ? name.slice(0, -3) : undefined;
    if (lang === undefined) {
      assets.push(name);
      continue;
    }
    const file = join(dir, name);
    if (!checkLangTag(file, lang, site, diagnostics)) continue;
    const version = loadVersion(file, id, lang, slug, diagnostics, cache, ahead);
    if (version) versions.push(version);
  }
  const order = site?.languages ?? [];
  const rank = (lang: string) => (order.includes(lang) ? order.indexOf(lang) : order.length);
  versions.sort((a, b) => rank(a.lang) - rank(b.lang) || a.lang.localeCompare(b.lang));
  const original = findOriginal(versions, dir, diagnostics);
  if (original) for (const version of versions) version.meta = effectiveMeta(original, version);
  return { id, year, slug, dir, versions, original, assets };
}

function checkLangTag(
  file: string,
  lang: string,
  site: SiteConfig | undefined,
  diagnostics: Diagnostic[],
): boolean {
  const place = { file, line: 1, column: 1 };
  const canonical = canonicalTag(lang);
  if (canonical !== lang) {
    const fix = canonical ? `: rename it \`${canonical}.md\`` : '';
    diagnostics.push(
      diagnostic('lang-tag', place, `\`${lang}.md\` is not named by a canonical BCP 47 language tag${fix}`),
    );
    return false;
  }
  if (site && !site.languages.includes(lang)) {
    diagnostics.push(
      diagnostic(
        'lang-tag',
        place,
        `\`${lang}\` is not one of the site's languages (${site.languages.join(', ')}): add it to \`site.yaml\` or rename the file`,
      ),
    );
    return false;
  }
  return true;
}

function loadVersion(
  file: string,
  releaseId: string,
  lang: string,
  folderSlug: string,
  diagnostics: Diagnostic[],
  cache: YamlDataCache | undefined,
  ahead: ReadAhead | undefined,
): ReleaseVersion | undefined {
  const read = readReleaseText(file, diagnostics, ahead);
  if (read === undefined) return undefined;
  const { text, digest } = read;
  const split = splitFrontMatter(file, text, cache, digest);
  diagnostics.push(...split.diagnostics);
  const data = split.yaml.data;
  const raw =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  const isTranslation = 'source' in raw;
  let own: OriginalFrontMatter | TranslationFrontMatter | undefined;
  if (split.diagnostics.length === 0) {
    const result = isTranslation
      ? validate(translationSchema, split.yaml, raw, diagnostics)
      : validate(originalSchema, split.yaml, raw, diagnostics);
    if (result.ok) own = result.value;
  }
  const localSlug = isTranslation && typeof raw.slug === 'string' ? raw.slug : undefined;
  if (localSlug !== undefined && !slugPattern.test(localSlug)) {
    diagnostics.push(
      diagnostic(
        'schema',
        split.yaml.placeOf(['slug']),
        `Unexpected value for \`slug\`: \`${localSlug}\` must use lowercase ASCII letters, digits and \`-\``,
      ),
    );
  }
  return new LoadedVersion({
    releaseId,
    lang,
    file,
    source: isTranslation && typeof raw.source === 'string' ? raw.source : undefined,
    sourceHash: typeof raw.sourceHash === 'string' ? raw.sourceHash : undefined,
    slug: localSlug !== undefined && slugPattern.test(localSlug) ? localSlug : folderSlug,
    yaml: split.yaml,
    own,
    raw,
    body: split.body,
    bodyLine: split.bodyLine,
    textDigest: digest,
  });
}

function findOriginal(
  versions: ReleaseVersion[],
  dir: string,
  diagnostics: Diagnostic[],
): ReleaseVersion | undefined {
  const originals = versions.filter((v) => !('source' in v.raw));
  if (originals.length === 1) return originals[0];
  if (originals.length === 0 && versions.length > 0) {
    for (const version of versions) {
      diagnostics.push(
        diagnostic(
          'original',
          version.yaml.placeOf(['source'], 'key'),
          `No version of \`${relative(join(dir, '..', '..'), dir)}\` is the original: remove \`source\` from the version the others were translated from`,
        ),
      );
    }
  }
  if (originals.length > 1) {
    const langs = originals.map((v) => `${v.lang}.md`).join(', ');
    for (const version of originals) {
      diagnostics.push(
        diagnostic(
          'original',
          { file: version.file, line: 1, column: 1 },
          `${langs} all claim to be the original: give every translation a \`source\` naming the version it was translated from`,
        ),
      );
    }
  }
  return undefined;
}

function listDir(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

function isDirectory(path: string): boolean {
  return statSync(path).isDirectory();
}

/** Files under a release folder, as `/`-separated relative paths, without following links out of it. */
function listFilesDeep(dir: string, prefix = ''): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) names.push(...listFilesDeep(join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.isFile()) names.push(`${prefix}${entry.name}`);
  }
  return names.sort();
}
