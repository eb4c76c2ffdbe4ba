import { createHash } from 'node:crypto';
import type { PressRoom, Release } from '../model/press-room.ts';
import { rendererVersion } from '../render/cache-key.ts';

/** A SHA-256 (hex) of values as JSON. */
export function hashOf(...parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * What every release's checks and pages depend on besides the release itself: the code (core
 * sources, unified versions, ICU and CLDR), `site.yaml` and both registries as written (text, so
 * that a moved line moves the positions of diagnostics too).
 */
export function roomDigest(room: PressRoom): string {
  return hashOf(
    rendererVersion,
    room.root,
    room.siteSource?.text ?? null,
    room.people.source?.text ?? null,
    room.organisations.source?.text ?? null,
  );
}

/**
 * What a release may see of the others: which releases exist, in which languages and slugs, and
 * when and whether each is published. An edit that changes any of these (rare: a new release, a
 * new date) invalidates every entry; an edit of a body or a title does not.
 */
export function indexDigest(room: PressRoom): string {
  return hashOf(
    room.releases.map((release) => [
      release.id,
      release.original?.lang ?? null,
      release.versions.map((v) => [
        v.lang,
        v.slug,
        v.source ?? null,
        v.meta?.date ?? null,
        v.meta?.embargo ?? null,
        v.meta?.draft ?? null,
        v.meta?.type ?? null,
      ]),
    ]),
  );
}

/** One release as written: each version's file, front matter text and body, and the folder's other files. */
export function releaseDigest(release: Release): string {
  return hashOf(
    release.dir,
    release.versions.map((v) => [v.file, v.yaml.text, v.bodyLine, v.body]),
    release.assets,
  );
}
