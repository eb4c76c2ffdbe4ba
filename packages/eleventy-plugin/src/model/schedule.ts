import {
  isPublished,
  type PressRoom,
  publishesAt,
  type Release,
  type ReleaseMeta,
  type ReleaseVersion,
} from '@communique/core';

export type PublicationState = 'published' | 'embargoed' | 'draft';

export interface ScheduledRelease {
  readonly release: Release;
  readonly original: ReleaseVersion;
  /** The original's metadata, which holds the shared fields (date, embargo, draft). */
  readonly meta: ReleaseMeta;
  readonly state: PublicationState;
  /** When a build publishes it (never, for drafts and unreadable dates). */
  readonly at: number | undefined;
}

export interface Schedule {
  /** Releases to publish: the published ones, and in preview every one. */
  readonly included: readonly ScheduledRelease[];
  /** The next instant after `now` at which a rebuild would publish something. */
  readonly nextPublication: number | undefined;
}

/** Sorts a room's releases at `now` into what a build includes, and finds the next embargo to lift. */
export function scheduleOf(room: PressRoom, now: Date, preview: boolean): Schedule {
  const included: ScheduledRelease[] = [];
  let nextPublication: number | undefined;
  for (const release of room.releases) {
    const original = release.original;
    const meta = original?.meta;
    if (!original || !meta) continue;
    const at = publishesAt(meta);
    const state: PublicationState = meta.draft ? 'draft' : isPublished(meta, now) ? 'published' : 'embargoed';
    if (state === 'embargoed' && at !== undefined && at > now.getTime())
      nextPublication = nextPublication === undefined ? at : Math.min(nextPublication, at);
    if (state === 'published' || preview) included.push({ release, original, meta, state, at });
  }
  return { included, nextPublication };
}
