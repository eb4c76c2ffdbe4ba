import { describe, expect, it } from 'vitest';
import {
  clearRenderCache,
  loadPressRoom,
  rendererVersion,
  renderKey,
  renderVersionBody,
} from '../../src/index.ts';
import { baseRegistries, original, writeRoom } from '../helpers/room.ts';
import { loadFixtures, siteContext, versionOf } from './helpers.ts';

const conference = '2023/vienna-conference';

function room(files: Record<string, string> = {}) {
  return loadPressRoom(
    writeRoom({
      ...baseRegistries,
      'releases/2025/portal/en.md': original(
        'We count :fig[count].\n\n:::quote{by=walsh}\nHi.\n:::\n\nSee [earlier](../../2023/earlier/).',
        'figures:\n  count: 6800\n',
      ),
      'releases/2023/earlier/en.md': original('Earlier.'),
      ...files,
    }),
  );
}

const keyOf = (files: Record<string, string> = {}, lang = 'fr', at?: Date) => {
  const loaded = room(files);
  return renderKey(versionOf(loaded, '2025/portal', 'en'), siteContext(loaded, lang, at));
};

describe('renderKey', () => {
  it('is the same for the same content loaded twice, so it can address a disk cache', () => {
    const first = loadFixtures();
    const second = loadFixtures();
    const key = renderKey(versionOf(first, conference, 'ar'), siteContext(first, 'ar'));
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(renderKey(versionOf(second, conference, 'ar'), siteContext(second, 'ar'))).toBe(key);
    expect(keyOf()).toBe(keyOf());
  });

  it('changes with the page language, a figure, a quoted person and where a link leads', () => {
    const base = keyOf();
    expect(keyOf({}, 'en')).not.toBe(base);
    expect(
      keyOf({ 'releases/2025/portal/en.md': original('We count :fig[count].', 'figures:\n  count: 6801\n') }),
    ).not.toBe(
      keyOf({ 'releases/2025/portal/en.md': original('We count :fig[count].', 'figures:\n  count: 6800\n') }),
    );
    expect(
      keyOf({
        'people.yaml': baseRegistries['people.yaml']!.replace('Chargée de communication', 'Porte-parole'),
      }),
    ).not.toBe(base);
    expect(keyOf({ 'releases/2023/earlier/en.md': original('Earlier.', 'draft: true\n') })).not.toBe(base);
  });

  it('depends on the renderer’s code and ICU version', () => {
    expect(rendererVersion).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('the render cache', () => {
  it('never serves output rendered for other content', () => {
    clearRenderCache();
    const before = room();
    const after = room({
      'people.yaml': baseRegistries['people.yaml']!.replace('Chargée de communication', 'Porte-parole'),
    });
    const html = renderVersionBody(versionOf(before, '2025/portal', 'en'), siteContext(before, 'fr'));
    expect(html).toContain('Chargée de communication');
    const changed = renderVersionBody(versionOf(after, '2025/portal', 'en'), siteContext(after, 'fr'));
    expect(changed).toContain('Porte-parole');
    expect(renderVersionBody(versionOf(before, '2025/portal', 'en'), siteContext(before, 'fr'))).toBe(html);
  });

  it('hides a link whose target stopped being published, though the body did not change', () => {
    clearRenderCache();
    const loaded = room();
    const version = versionOf(loaded, '2025/portal', 'en');
    expect(renderVersionBody(version, siteContext(loaded, 'en'))).toContain('<a href="/en/2023/earlier/">');
    const unpublished = { ...siteContext(loaded, 'en'), releaseUrl: () => undefined };
    expect(renderVersionBody(version, unpublished)).not.toContain('href');
  });
});
