import { fileURLToPath } from 'node:url';
import {
  isPublished,
  loadPressRoom,
  type PressRoom,
  type ReleaseVersion,
  type RenderContext,
} from '../../src/index.ts';

export const fixtureRoom = fileURLToPath(new URL('./fixtures/room', import.meta.url));

/** The build's "now" for the fixtures: the Lisbon summit (2026) is still under embargo. */
export const now = new Date('2025-06-01T00:00:00Z');

/** A render context as a site builds it: URLs only for versions published at `at`. */
export function siteContext(room: PressRoom, lang: string, at: Date = now): RenderContext {
  return {
    room,
    lang,
    releaseUrl: (id, versionLang) => {
      const version = room.releaseById.get(id)?.versions.find((v) => v.lang === versionLang);
      return version?.meta && isPublished(version.meta, at) ? `/${versionLang}/${id}/` : undefined;
    },
    assetUrl: (id, name) => `/${id}/${encodeURIComponent(name)}`,
  };
}

export function versionOf(room: PressRoom, id: string, lang: string): ReleaseVersion {
  const version = room.releaseById.get(id)?.versions.find((v) => v.lang === lang);
  if (!version) throw new Error(`no ${lang} version of ${id} in the fixtures`);
  return version;
}

export function loadFixtures(): PressRoom {
  return loadPressRoom(fixtureRoom);
}

/** What a reader sees: the HTML without its tags, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
