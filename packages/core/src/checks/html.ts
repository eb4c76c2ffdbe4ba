import type { Definition, Html, Image, Link } from 'mdast';
import { diagnostic } from '../diagnostics/diagnostic.ts';
import { walk } from '../markdown/walk.ts';
import { bodyPlace, type Check } from './context.ts';

const dangerousUrl = /^\s*(javascript|vbscript|data):/i;

/** Raw HTML is never published (the renderer drops it): say so, loudest for scripts and handlers. */
export const checkHtml: Check = (room, report) => {
  for (const release of room.releases) {
    for (const version of release.versions) {
      walk(version.tree, (node) => {
        if (node.type === 'html') {
          const { value } = node as Html;
          if (/^<!--[\s\S]*-->$/.test(value.trim())) return;
          report(
            diagnostic(
              'html-unsafe',
              bodyPlace(version, node.position?.start),
              `${describeHtml(value)} is removed when the release is published`,
            ),
          );
        } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
          const { url } = node as Link | Image | Definition;
          if (dangerousUrl.test(url)) {
            report(
              diagnostic(
                'html-unsafe',
                bodyPlace(version, node.position?.start),
                `Link URL \`${url.slice(0, 40)}\` uses a script or data scheme and is removed when published`,
              ),
            );
          }
        }
      });
    }
  }
};

function describeHtml(value: string): string {
  if (/<\s*script/i.test(value)) return 'A `<script>` element';
  if (/\son[a-z]+\s*=/i.test(value)) return 'Raw HTML with an event handler';
  if (/javascript:/i.test(value)) return 'Raw HTML with a `javascript:` URL';
  const tag = /<\s*\/?\s*([a-z][a-z0-9-]*)/i.exec(value)?.[1];
  return tag ? `Raw HTML \`<${tag}>\`` : 'Raw HTML';
}
