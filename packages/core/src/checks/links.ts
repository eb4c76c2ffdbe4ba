import { diagnostic } from '../diagnostics/diagnostic.ts';
import { directiveUses } from '../markdown/directives.ts';
import { resolveLink } from '../markdown/release-links.ts';
import { bodyPlace, type Check } from './context.ts';

/** Links to other releases and to files of the release folder resolve. */
export const checkLinks: Check = (room, report) => {
  for (const release of room.releases) {
    for (const version of release.versions) {
      for (const { url, position } of directiveUses(version.tree).links) {
        if (/^\s*(javascript|vbscript|data):/i.test(url)) continue; // html-unsafe reports these
        const target = resolveLink(url, release.id);
        const place = bodyPlace(version, position?.start);
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
      }
    }
  }
};
