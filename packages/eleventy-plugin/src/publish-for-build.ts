import { resolve } from 'node:path';
import { DiskStore, diskPageCache, type PressRoom } from '@communique/core';
import { pluginCodeVersion } from './code-version.ts';
import { type PublishSettings, publishSite } from './model/publish.ts';
import type { PublishedSite } from './model/site.ts';

export interface BuildPublishSettings {
  readonly now: Date;
  readonly preview: boolean;
  readonly baseUrl: string | undefined;
  /** The content cache folder, for rendered pages of earlier builds. */
  readonly cache: string | undefined;
  /** Publish some releases only (see `PublishSettings.only`). */
  readonly only?: PublishSettings['only'];
}

/**
 * What the plugin publishes for a build: the room at `now`, rendering through the content cache
 * when there is one. A caller that publishes first (to render bodies while their parse is still
 * in memory) hands the result to the plugin's `published` option.
 */
export function publishForBuild(room: PressRoom, settings: BuildPublishSettings): PublishedSite {
  const store = settings.cache === undefined ? undefined : new DiskStore(resolve(settings.cache));
  return publishSite(room, {
    now: settings.now,
    preview: settings.preview,
    baseUrl: settings.baseUrl,
    pageCache: store && diskPageCache(store, room, pluginCodeVersion),
    only: settings.only,
  });
}
