import type { PressRoom } from '../model/press-room.ts';

/** What rendering a body needs to know about the page and the rest of the site. */
export interface RenderContext {
  readonly room: PressRoom;
  /** The page's language. */
  readonly lang: string;
  /** URL of a release in a language when that version is published, else undefined. */
  readonly releaseUrl: (releaseId: string, lang: string) => string | undefined;
  /** URL at which a file of a release folder is published. */
  readonly assetUrl: (releaseId: string, name: string) => string;
}
