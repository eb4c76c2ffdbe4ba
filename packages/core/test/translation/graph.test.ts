import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.ts';
import { loadPressRoom, releaseGraph, textFingerprint, translationGraph } from '../../src/index.ts';

const fixture = fileURLToPath(new URL('./fixtures/room', import.meta.url));

function graphOf(id: string) {
  const release = loadPressRoom(fixture).releaseById.get(id);
  if (!release) throw new Error(`fixture has no ${id}`);
  return releaseGraph(release);
}

const node = (id: string, lang: string) => {
  const found = graphOf(id).versions.find((v) => v.lang === lang);
  if (!found) throw new Error(`${id} has no ${lang}`);
  return found;
};

describe('translation API', () => {
  it('is exported from the core package', () => {
    for (const name of [
      'translationGraph',
      'releaseGraph',
      'translationStatus',
      'textFingerprint',
      'versionState',
      'sourceOf',
      'sharedDifferences',
      'sameSharedValue',
      'sharedFieldNames',
      'proseRuns',
      'slotPlace',
    ])
      expect(typeof (core as Record<string, unknown>)[name], name).not.toBe('undefined');
  });
});

describe('translationGraph', () => {
  it('has one entry per release, each with its original and its versions in site language order', () => {
    const graph = translationGraph(loadPressRoom(fixture));
    expect(
      graph.map((release) => [release.id, release.original, release.versions.map((v) => v.lang)]),
    ).toEqual([
      ['2025/broken-source', 'en', ['en', 'fr']],
      ['2025/chain', 'en', ['en', 'fr', 'es', 'ar', 'uk']],
      ['2025/scaffolded', 'en', ['en', 'fr']],
      ['2026/draft', 'en', ['en']],
      ['2026/embargoed', 'en', ['en']],
    ]);
  });

  it('follows chains: Arabic translated from French descends from the English original', () => {
    expect(node('2025/chain', 'ar')).toMatchObject({
      source: 'fr',
      chain: ['en', 'fr', 'ar'],
      reachesOriginal: true,
    });
    expect(node('2025/chain', 'fr')).toMatchObject({ chain: ['en', 'fr'], translations: ['ar'] });
    expect(node('2025/chain', 'en')).toMatchObject({
      source: undefined,
      chain: ['en'],
      translations: ['fr', 'es', 'uk'],
    });
  });

  it('says when a chain does not reach the original', () => {
    expect(node('2025/broken-source', 'fr')).toMatchObject({
      source: 'uk',
      chain: ['fr'],
      reachesOriginal: false,
      state: 'outdated',
    });
  });

  it('gives each version its state', () => {
    expect(graphOf('2025/chain').versions.map((v) => [v.lang, v.state])).toEqual([
      ['en', 'original'],
      ['fr', 'up-to-date'],
      ['es', 'outdated'],
      ['ar', 'up-to-date'],
      ['uk', 'untracked'],
    ]);
    expect(node('2025/scaffolded', 'fr').state).toBe('untranslated');
  });

  it('records fingerprints: what each translation records is its source fingerprint', () => {
    const graph = graphOf('2025/chain');
    const [en, fr, , ar] = graph.versions;
    expect(fr?.sourceHash).toBe(en?.fingerprint);
    expect(ar?.sourceHash).toBe(fr?.fingerprint);
    const room = loadPressRoom(fixture);
    const original = room.releaseById.get('2025/chain')?.original;
    expect(original && textFingerprint(original)).toBe(en?.fingerprint);
  });

  it('lists the shared fields a translation inherits and those it repeats', () => {
    const fr = node('2025/chain', 'fr');
    expect(fr.repeated).toEqual(['contacts']);
    expect(fr.inherited).toEqual([
      'type',
      'date',
      'draft',
      'organisations',
      'figures',
      'dateline.country',
      'media[].file',
      'media[].credit',
    ]);
    expect(node('2025/chain', 'en')).toMatchObject({ inherited: [], repeated: [] });
  });
});
