import type { Definition, Image, Link } from 'mdast';
import { diagnostic } from '../diagnostics/diagnostic.ts';
import { resolveLink } from '../markdown/release-links.ts';
import { walk } from '../markdown/walk.ts';
import { bodyPlace, type Check } from './context.ts';

/** Links to other releases and to files of the release folder resolve. */
export const checkLinks: Check = (room, report) => {
  for (const release of room.releases) {
    for (const version of release.versions) {
      walk(version.tree, (node) => {
        if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
        const { url } = node as Link | Image | Definition;
        if (/^\s*(javascript|vbscript|data):/i.test(url)) return; // html-unsafe reports these
        const target = resolveLink(url, release.id);
        const place = bodyPlace(version, node.position?.start);
        if (target.kind === 'unresolved') {
          report(diagnostic('link-broken', place, `Link \`${url}\` does not resolve: ${target.reason}`));
        } else if (target.kind === 'release' && !room.releaseById.has(target.id)) {
          report(
            diagnostic(
              'link-broken',
              place,
              `Link \`${url}\` points to release \`${target.id}\`, which does not exist`,
            ),
          );
        } else if (target.kind === 'asset' && !release.assets.includes(target.name)) {
          report(
            diagnostic(
              'link-broken',
              place,
              `Link \`${url}\` points to \`${target.name}\`, which is not in \`releases/${release.id}/\``,
            ),
          );
        }
      });
    }
  }
};
