import { createHash } from 'node:crypto';
import type { Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { directiveUses } from '../markdown/directives.ts';
import { resolveLink } from '../markdown/release-links.ts';
import type { ReleaseVersion } from '../model/press-room.ts';
import type { RenderContext } from './context.ts';

/** Bumped when rendering changes, so cached output from older code is never reused. */
export const rendererVersion = '1';

/**
 * A content hash of everything a rendered body depends on: its text, the page language, the
 * figures, the people its quotes name (and their organisations), where its links lead and the
 * renderer's version. Equal keys mean equal HTML, so the key can address a disk cache too.
 */
export function renderKey(version: ReleaseVersion, context: RenderContext): string {
  const room = context.room;
  const speakers = directiveUses(version.tree).quotes.map(({ by }) => {
    const person = by === undefined ? undefined : room.people.entries[by];
    const organisation = person?.organisation ? room.organisations.entries[person.organisation] : undefined;
    return [by, person, organisation];
  });
  const links: string[] = [];
  visit(version.tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image') return;
    const target = resolveLink((node as Link).url, version.releaseId);
    if (target.kind === 'release') {
      const original = room.releaseById.get(target.id)?.original?.lang;
      links.push(
        `${target.id}=${context.releaseUrl(target.id, context.lang) ?? (original && context.releaseUrl(target.id, original)) ?? ''}`,
      );
    } else if (target.kind === 'asset')
      links.push(`${target.name}=${context.assetUrl(version.releaseId, target.name)}`);
  });
  const release = room.releaseById.get(version.releaseId);
  const fallbackLangs = [release?.original?.lang, room.site?.languages[0]];
  return createHash('sha256')
    .update(
      JSON.stringify([
        rendererVersion,
        version.body,
        context.lang,
        version.meta?.figures ?? {},
        speakers,
        links,
        release?.assets ?? [],
        fallbackLangs,
      ]),
    )
    .digest('hex');
}
