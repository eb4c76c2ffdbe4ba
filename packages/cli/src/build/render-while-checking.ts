import type { PressRoom, Release } from '@communique/core';
import type { SiteOptions } from '@communique/site';

export type PublishedSite = NonNullable<SiteOptions['published']>;
type ReleasePage = PublishedSite['pages'][number];

/**
 * Renders the pages of each chunk of releases as soon as it is checked, while its bodies are
 * parsed, into the published model the build then hands to Eleventy (with a content cache, into
 * the cache only: the pages read them back when they are laid out, and memory stays bounded).
 * With `layOutAhead`, their pages are laid out into the content cache too, for the build to place.
 * The model is published on the first chunk; when the room cannot be published (the checks will
 * say why) or a body cannot be rendered, nothing is kept from here and the build publishes as
 * usual.
 */
export function renderWhileChecking(
  room: PressRoom,
  renderAhead: (page: ReleasePage) => void,
  publish: (room: PressRoom) => PublishedSite,
  layOutAhead?: (model: PublishedSite, releases: ReadonlySet<string>) => void,
) {
  let model: PublishedSite | undefined;
  let pagesById: Map<string, readonly ReleasePage[]> | undefined;
  let failed = false;
  return {
    render(releases: readonly Release[]): void {
      if (failed) return;
      try {
        model ??= publish(room);
        pagesById ??= new Map(model.releases.map((release) => [release.id, release.versions]));
        // Laid out first, while each body is rendered; `renderAhead` then lets go of the body.
        layOutAhead?.(model, new Set(releases.map((release) => release.id)));
        for (const release of releases) for (const page of pagesById.get(release.id) ?? []) renderAhead(page);
      } catch {
        failed = true;
      }
    },
    published: (): PublishedSite | undefined => (failed ? undefined : model),
  };
}
