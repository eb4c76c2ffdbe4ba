import type { Image, Link, Parent, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { resolveLink } from '../markdown/release-links.ts';
import type { ReleaseVersion } from '../model/press-room.ts';
import type { RenderContext } from './context.ts';

const safeScheme = /^(https?:|mailto:|tel:)/i;

/**
 * Rewrites links between releases to the reader's language version when it is published, else
 * to the original; a link to an unpublished or missing release keeps only its text, so no page
 * ever points at an embargoed release. Links and images to files of the release folder get their
 * published URL; images from anywhere else are dropped (their alt text stays), and so are links with any scheme
 * but http(s), mailto and tel.
 */
export function rewriteLinks(tree: Root, version: ReleaseVersion, context: RenderContext): void {
  const release = context.room.releaseById.get(version.releaseId);
  visit(tree, (node, index, parent) => {
    if ((node.type !== 'link' && node.type !== 'image') || !parent || index === undefined) return;
    const target = resolveLink(node.url, version.releaseId);
    let url: string | undefined;
    if (target.kind === 'external')
      url = node.type === 'link' && safeScheme.test(node.url) ? node.url : undefined;
    else if (target.kind === 'fragment') url = node.url;
    else if (target.kind === 'release') url = releaseTarget(target.id, context, target.fragment);
    else if (target.kind === 'asset' && release?.assets.includes(target.name))
      url = context.assetUrl(version.releaseId, target.name);
    if (url !== undefined) {
      node.url = url;
      if (node.type === 'link' && target.kind === 'external')
        node.data = { ...node.data, hProperties: { rel: ['noopener'] } };
      return;
    }
    return unwrap(parent, index, node);
  });
}

function releaseTarget(id: string, context: RenderContext, fragment: string): string | undefined {
  const original = context.room.releaseById.get(id)?.original?.lang;
  const url =
    context.releaseUrl(id, context.lang) ?? (original ? context.releaseUrl(id, original) : undefined);
  return url === undefined ? undefined : `${url}${fragment}`;
}

function unwrap(parent: Parent, index: number, node: Link | Image): [typeof SKIP, number] {
  const replacement: RootContent[] =
    node.type === 'link' ? node.children : node.alt ? [{ type: 'text', value: node.alt }] : [];
  parent.children.splice(index, 1, ...(replacement as typeof parent.children));
  return [SKIP, index];
}
