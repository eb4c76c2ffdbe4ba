import type { PressRoom, Release, ReleaseVersion } from '../model/press-room.ts';
import { hashOf, siteDigest, versionDigest } from './digests.ts';
import type { DiskStore } from './store.ts';
import { noteCacheUse } from './use.ts';

/** What rendering one release page produced, enough to show it without parsing its body. */
export interface RenderedPage {
  readonly html: string;
  /** Each figure's first sentence in the body, as `[name, text]`. */
  readonly contexts: readonly (readonly [string, string])[];
  /** Files of the release folder the body links or shows (they must be published with it). */
  readonly assets: readonly string[];
}

export interface PageCache {
  /**
   * The key of a version's page; `outside` is a digest of what its body takes from outside its
   * release: where the releases it links to are published, and the people it quotes.
   */
  keyOf(version: ReleaseVersion, release: Release, lang: string, outside: string): string;
  lookup(key: string): RenderedPage | undefined;
  store(key: string, page: RenderedPage): void;
}

/**
 * Rendered pages on disk. A key covers everything a page's body and figure sentences depend on:
 * the code (`salt` adds the caller's own), `site.yaml` and the registries (a changed phone number
 * or role re-renders the quotes that name the person), the version as written and the original's
 * front matter (the effective metadata takes shared fields from it), the release's files, and which
 * releases are published where. Each version's digest is computed once, for this and the checks.
 */
export function diskPageCache(store: DiskStore, room: PressRoom, salt: string): PageCache {
  const base = hashOf('pages', salt, siteDigest(room));
  return {
    keyOf: (version, release, lang, outside) => {
      const key = hashOf(base, outside, lang, versionDigest(version), sharedByVersions(release));
      // A page laid out from the body needs no body entry, until the page must be laid out again.
      noteCacheUse('pages', key);
      return key;
    },
    lookup: (key) => store.read('pages', key, isRenderedPage),
    store: (key, page) => store.write('pages', key, page),
  };
}

/**
 * What every version's key takes from its release: the original's front matter and the folder's
 * files. Hashed once per release rather than once per version.
 */
function sharedByVersions(release: Release): string {
  let digest = releaseParts.get(release);
  if (digest === undefined) {
    digest = hashOf(release.original?.yaml.text ?? null, release.assets);
    releaseParts.set(release, digest);
  }
  return digest;
}

const releaseParts = new WeakMap<Release, string>();

function isRenderedPage(value: unknown): value is RenderedPage {
  if (typeof value !== 'object' || value === null) return false;
  const page = value as Record<string, unknown>;
  return (
    typeof page.html === 'string' &&
    Array.isArray(page.contexts) &&
    page.contexts.every(
      (pair) =>
        Array.isArray(pair) &&
        pair.length === 2 &&
        typeof pair[0] === 'string' &&
        typeof pair[1] === 'string',
    ) &&
    Array.isArray(page.assets) &&
    page.assets.every((name) => typeof name === 'string')
  );
}
