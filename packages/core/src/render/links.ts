import type { Properties } from 'hast';
import type { Definition, Image, Link, Parent, Root, RootContent } from 'mdast';
import { directiveUses } from '../markdown/directives.ts';
import { resolveLink } from '../markdown/release-links.ts';
import { SKIP, walk } from '../markdown/walk.ts';
import type { ReleaseVersion } from '../model/press-room.ts';
import type { RenderContext } from './context.ts';

/** Where a link or image goes on the published page; undefined when it must not be published. */
export interface LinkDestination {
  readonly url: string;
  /** Language of the target page when it is not the page's own (a fallback to the original). */
  readonly hreflang?: string;
  readonly external?: boolean;
}

export type LinkPolicy = (url: string, kind: 'link' | 'image') => LinkDestination | undefined;

const webScheme = /^https?:\/\//i;
const contactScheme = /^(mailto|tel):/i;

/**
 * Links from a release body: another release goes to the reader's language version when it is
 * published, else to the original; a link to an unpublished or missing release keeps only its
 * text, so no page ever points at an embargoed release. Files of the release folder get their
 * published URL. External links keep http(s), mailto and tel; images only come from the release
 * folder (no tracking pixels, no hotlinking).
 */
export function releaseLinkPolicy(version: ReleaseVersion, context: RenderContext): LinkPolicy {
  const release = context.room.releaseById.get(version.releaseId);
  return (url, kind) => {
    const target = resolveLink(url, version.releaseId);
    if (target.kind === 'asset')
      return release?.assets.includes(target.name)
        ? { url: context.assetUrl(version.releaseId, target.name) }
        : undefined;
    if (kind === 'image') return undefined;
    if (target.kind === 'release') return releaseDestination(target.id, target.fragment, context);
    if (target.kind === 'fragment' || target.kind === 'external') return externalDestination(url);
    return undefined;
  };
}

/** Registry Markdown ("About" text): web, mail and phone links and fragments; no images. */
export const textLinkPolicy: LinkPolicy = (url, kind) =>
  kind === 'link' ? externalDestination(url) : undefined;

function externalDestination(url: string): LinkDestination | undefined {
  if (url.startsWith('#') || contactScheme.test(url)) return { url };
  if (webScheme.test(url)) return { url, external: true };
  return undefined;
}

function releaseDestination(
  id: string,
  fragment: string,
  context: RenderContext,
): LinkDestination | undefined {
  const inPageLang = context.releaseUrl(id, context.lang);
  if (inPageLang !== undefined) return { url: `${inPageLang}${fragment}` };
  const original = context.room.releaseById.get(id)?.original?.lang;
  const inOriginal = original === undefined ? undefined : context.releaseUrl(id, original);
  return inOriginal === undefined || original === undefined
    ? undefined
    : { url: `${inOriginal}${fragment}`, hreflang: original };
}

/**
 * Turns `[text][ref]` and `![alt][ref]` into plain links and images by their definitions, so
 * reference-style links go through the same rewriting as inline ones. References without a
 * definition stay as they are (they render as the text written).
 */
export function resolveReferences(tree: Root): void {
  const definitions = new Map<string, Definition>();
  walk(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  walk(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'definition') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type !== 'linkReference' && node.type !== 'imageReference') return;
    const definition = definitions.get(node.identifier);
    if (!definition) return;
    const replacement: Link | Image =
      node.type === 'linkReference'
        ? { type: 'link', url: definition.url, title: definition.title ?? null, children: node.children }
        : { type: 'image', url: definition.url, title: definition.title ?? null, alt: node.alt ?? null };
    parent.children.splice(index, 1, replacement as (typeof parent.children)[number]);
    return [SKIP, index];
  });
}

/** Applies a link policy: each link and image gets its published URL or is unwrapped. */
export function rewriteLinks(tree: Root, policy: LinkPolicy): void {
  walk(tree, (node, index, parent) => {
    if ((node.type !== 'link' && node.type !== 'image') || !parent || index === undefined) return;
    const destination = policy(node.url, node.type);
    if (!destination) return unwrap(parent, index, node);
    node.url = destination.url;
    node.title = null;
    const properties: Properties = {};
    if (destination.hreflang !== undefined) properties.hrefLang = destination.hreflang;
    if (destination.external) properties.rel = ['noopener'];
    if (Object.keys(properties).length > 0) node.data = { ...node.data, hProperties: properties };
    return;
  });
}

/**
 * The URLs a body links to (links, images and definitions: a definition may serve either), as
 * written, for cache keys; from the walk `directiveUses` makes once per parse.
 */
export function linkedUrls(tree: Root): { url: string; kind: 'link' | 'image' }[] {
  return directiveUses(tree).links.flatMap(({ url, type }): { url: string; kind: 'link' | 'image' }[] =>
    type === 'definition'
      ? [
          { url, kind: 'link' },
          { url, kind: 'image' },
        ]
      : [{ url, kind: type }],
  );
}

function unwrap(parent: Parent, index: number, node: Link | Image): [typeof SKIP, number] {
  const replacement: RootContent[] =
    node.type === 'link' ? node.children : node.alt ? [{ type: 'text', value: node.alt }] : [];
  parent.children.splice(index, 1, ...(replacement as typeof parent.children));
  return [SKIP, index];
}
