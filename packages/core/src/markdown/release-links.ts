import { posix } from 'node:path';
import type { Release } from '../model/press-room.ts';
import { directiveUses } from './directives.ts';

export type LinkTarget =
  | { kind: 'external' }
  | { kind: 'fragment' }
  | { kind: 'release'; id: string; fragment: string }
  | { kind: 'asset'; name: string }
  | { kind: 'unresolved'; reason: string };

const schemePattern = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Classifies a link written in release `releaseId`: another release (by folder path relative to
 * the file), a file of the release folder, an external URL, or something that does not resolve.
 * Only paths that stay inside `releases/` are accepted.
 */
export function resolveLink(url: string, releaseId: string): LinkTarget {
  if (url.startsWith('#')) return { kind: 'fragment' };
  if (schemePattern.test(url) || url.startsWith('//')) return { kind: 'external' };
  const hashAt = url.indexOf('#');
  const path = decodeSafely(hashAt === -1 ? url : url.slice(0, hashAt).split('?')[0]!);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  if (path === undefined) return { kind: 'unresolved', reason: 'it is not a valid URL path' };
  if (path.startsWith('/'))
    return {
      kind: 'unresolved',
      reason: 'site-absolute paths are not checked: link releases by folder path relative to the file',
    };
  const resolved = posix.normalize(posix.join('releases', releaseId, path));
  if (!resolved.startsWith('releases/'))
    return { kind: 'unresolved', reason: 'it points outside the press room' };
  const parts = resolved.replace(/\/$/, '').split('/');
  const [, year, slug, ...rest] = parts;
  if (year === undefined || slug === undefined)
    return { kind: 'unresolved', reason: 'it names no release folder' };
  const id = `${year}/${slug}`;
  if (rest.length === 0 || (rest.length === 1 && /^[A-Za-z0-9-]+\.md$/.test(rest[0]!))) {
    return id === releaseId && rest.length === 0
      ? { kind: 'release', id, fragment }
      : { kind: 'release', id, fragment };
  }
  if (id === releaseId) return { kind: 'asset', name: rest.join('/') };
  return { kind: 'unresolved', reason: 'only files in this release folder are published with it' };
}

function decodeSafely(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * The ids of the releases a release's bodies link to (links, images and definitions, so a
 * reference-style link counts once resolved or not): all that its checks and rendered bodies may
 * depend on of other releases. Parses bodies not parsed yet.
 */
export function linkedReleases(release: Release): string[] {
  const ids = new Set<string>();
  for (const version of release.versions) {
    for (const { url } of directiveUses(version.tree).links) {
      const target = resolveLink(url, release.id);
      if (target.kind === 'release') ids.add(target.id);
    }
  }
  return [...ids].sort();
}
