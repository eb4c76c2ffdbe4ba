import { createHash, hash } from 'node:crypto';
import type { PressRoom, Release, ReleaseVersion } from '../model/press-room.ts';
import { rendererVersion } from '../render/cache-key.ts';

/** A SHA-256 (hex) of values as JSON (one call: no hash object, which cost more than the hashing). */
export function hashOf(...parts: readonly unknown[]): string {
  return hash('sha256', JSON.stringify(parts));
}

/**
 * What every release's checks and pages depend on besides the release itself and the people,
 * organisations and releases it names: the code (core sources, installed package versions, ICU and CLDR)
 * and `site.yaml` as written.
 */
export function siteDigest(room: PressRoom): string {
  return hashOf(rendererVersion, room.root, room.siteSource?.text ?? null);
}

/** `siteDigest` and both registries as written (text, so a moved line moves positions too). */
export function roomDigest(room: PressRoom): string {
  return hashOf(siteDigest(room), room.people.source?.text ?? null, room.organisations.source?.text ?? null);
}

/**
 * What a release may see of the others: which releases exist, in which languages and slugs, and
 * when and whether each is published. An edit that changes any of these (rare: a new release, a
 * new date) invalidates every entry; an edit of a body or a title does not. Each release's part
 * is kept by release object, so a room reloaded after an edit (`serve`) hashes only what changed.
 */
export function indexDigest(room: PressRoom): string {
  const known = roomIndexes.get(room);
  if (known !== undefined) return known;
  const running = createHash('sha256');
  for (const release of room.releases) running.update(indexEntry(release)).update('\n');
  const digest = running.digest('hex');
  roomIndexes.set(room, digest);
  return digest;
}

const roomIndexes = new WeakMap<PressRoom, string>();
const releaseIndexes = new WeakMap<Release, string>();

function indexEntry(release: Release): string {
  let entry = releaseIndexes.get(release);
  if (entry === undefined) {
    entry = JSON.stringify([
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
    ]);
    releaseIndexes.set(release, entry);
  }
  return entry;
}

/**
 * One release as written: each version's file, front matter text and body, and the folder's other
 * files. Kept by release object: the checks' keys and every page's body key read it.
 */
export function releaseDigest(release: Release): string {
  let digest = releaseDigests.get(release);
  if (digest === undefined) {
    digest = hashOf(release.dir, release.versions.map(versionDigest), release.assets);
    releaseDigests.set(release, digest);
  }
  return digest;
}

/**
 * One version as written: its file and text (from the digest the loader made of it, else its
 * front matter text and body). Kept by version object.
 */
export function versionDigest(version: ReleaseVersion): string {
  let digest = versionDigests.get(version);
  if (digest === undefined) {
    digest =
      version.textDigest === undefined
        ? hashOf(version.file, version.yaml.text, version.bodyLine, version.body)
        : hashOf(version.file, version.textDigest);
    versionDigests.set(version, digest);
  }
  return digest;
}

const releaseDigests = new WeakMap<Release, string>();
const versionDigests = new WeakMap<ReleaseVersion, string>();
