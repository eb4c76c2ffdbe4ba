import { loadPressRoom } from '@communique/core';
import { describe, expect, test } from 'vitest';
import { publishSite } from '../src/index.ts';
import { fixtureRoom, now } from './helpers.ts';

const asShown = (page: { body: string; figures: unknown }) => ({
  ...page,
  body: page.body,
  figures: page.figures,
});

describe('publishing some releases around a whole site (serve, right after an edit)', () => {
  test('their pages are the pages the whole site has, bodies and links to other releases included', () => {
    const room = loadPressRoom(fixtureRoom);
    const whole = publishSite(room, { now, preview: false, baseUrl: undefined });
    const releases = new Set(['2024/portal-launch']);
    const some = publishSite(room, {
      now,
      preview: false,
      baseUrl: undefined,
      only: { releases, around: whole },
    });
    expect(some.partial).toBe(true);
    expect(whole.partial).toBe(false);
    expect(some.pages.map((page) => page.url)).toEqual(
      whole.pages.filter((page) => releases.has(page.releaseId)).map((page) => page.url),
    );
    // The English body links to last year's workshop, another release: the link is resolved.
    const english = some.pages.find((page) => page.url === '/en/2024/portal-launch/')!;
    expect(english.body).toContain('href="/en/2023/border-workshop/"');
    expect(some.pages.map(asShown)).toEqual(
      whole.pages.filter((page) => releases.has(page.releaseId)).map(asShown),
    );
    expect(some.linkDigest).toBe(whole.linkDigest);
  });
});
