import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { directiveUses } from '../markdown/directives.ts';
import type { ReleaseVersion } from '../model/press-room.ts';
import type { RenderContext } from './context.ts';
import { dependencyVersions } from './dependency-versions.ts';
import { linkedUrls, releaseLinkPolicy } from './links.ts';

/** Bump by hand only when output changes for a reason the code hash cannot see. */
const formatGeneration = '2';

/**
 * The identity of the code that renders: a hash of the core's own source files, the ICU, CLDR
 * and Unicode versions Intl formats with (a Node upgrade can change `14 mars 2023`), and the
 * versions of the packages the core runs with (its `dependencies`, from unified to yaml and
 * libphonenumber-js) and of every package they depend on, patches included. Cached output and
 * diagnostics from other code are never reused.
 */
export const rendererVersion: string = computeRendererVersion();

function computeRendererVersion(): string {
  const hash = createHash('sha256').update(formatGeneration);
  for (const name of ['icu', 'cldr', 'unicode', 'tz'] as const)
    hash.update(`\u0000${process.versions[name] ?? ''}`);
  try {
    const source = fileURLToPath(new URL('..', import.meta.url));
    for (const file of sourceFiles(source))
      hash.update(`\u0000${file}\u0000`).update(readFileSync(join(source, file)));
    hash.update(dependencyVersions(join(source, '..'), runtimeDependencies(join(source, '..'))));
  } catch (error) {
    // Not running from source (bundled): the generation and ICU still tell versions apart. Only
    // files that cannot be read end up here; a mistake in this code must not pass unseen.
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
  }
  return hash.digest('hex').slice(0, 16);
}

/** The packages a package runs with: its `dependencies`, type packages left out. */
export function runtimeDependencies(packageDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(manifest.dependencies ?? {}).filter((name) => !name.startsWith('@types/'));
}

function sourceFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return sourceFiles(dir, path);
      // `.mjs`: the plain JavaScript modules (decoding a file's text is one of them).
      return /\.(ts|mjs)$/.test(entry.name) ? [path] : [];
    });
}

/**
 * A content hash of everything a rendered body depends on: its text, the page language, the
 * figures, the people its quotes name (and their organisations), the languages registry text
 * falls back to, where each of its links and images leads, and the renderer's version. Equal
 * keys mean equal HTML, so the key can address a disk cache as well as memory.
 */
export function renderKey(version: ReleaseVersion, context: RenderContext): string {
  const room = context.room;
  const speakers = directiveUses(version.tree).quotes.map(({ by }) => {
    const person = by === undefined ? undefined : room.people.entries[by];
    const organisation = person?.organisation ? room.organisations.entries[person.organisation] : undefined;
    return [by ?? null, person ?? null, organisation ?? null];
  });
  const policy = releaseLinkPolicy(version, context);
  const links = linkedUrls(version.tree).map(({ url, kind }) => [kind, url, policy(url, kind) ?? null]);
  const release = room.releaseById.get(version.releaseId);
  return createHash('sha256')
    .update(
      JSON.stringify([
        rendererVersion,
        version.body,
        context.lang,
        version.meta?.figures ?? {},
        speakers,
        links,
        release?.original?.lang ?? version.lang,
        room.site?.languages[0] ?? null,
      ]),
    )
    .digest('hex');
}
