import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { directiveUses } from '../markdown/directives.ts';
import type { ReleaseVersion } from '../model/press-room.ts';
import { codeDigest, runtimeDependencies } from './code-digest.ts';
import type { RenderContext } from './context.ts';
import { linkedUrls, releaseLinkPolicy } from './links.ts';

/** Bump by hand only when output changes for a reason the code hash cannot see. */
const formatGeneration = '2';

/**
 * The identity of the code that renders: the core's code as installed (`codeDigest`: its sources,
 * the packages it runs with, from unified to yaml and libphonenumber-js, the packages those
 * depend on, and its patches) and the ICU, CLDR and Unicode versions Intl formats with (a Node
 * upgrade can change `14 mars 2023`). Cached output and diagnostics from other code are never
 * reused.
 */
export const rendererVersion: string = rendererVersionOf(fileURLToPath(new URL('../..', import.meta.url)));

/** The renderer's version for the core package in `packageDir` (its folder holds `src/`). */
export function rendererVersionOf(packageDir: string): string {
  const hash = createHash('sha256').update(formatGeneration);
  for (const name of ['icu', 'cldr', 'unicode', 'tz'] as const)
    hash.update(`\u0000${process.versions[name] ?? ''}`);
  // Bundled (no sources to read): the generation and ICU still tell versions apart.
  hash.update(
    `\u0000${
      codeDigest(packageDir, {
        sourceFolders: ['src'],
        sources: /\.(ts|mjs)$/,
        dependencies: runtimeDependencies(packageDir),
      }) ?? 'bundled'
    }`,
  );
  return hash.digest('hex').slice(0, 16);
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
