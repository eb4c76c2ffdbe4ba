import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sameSharedValue } from '../../src/index.ts';
import { editedCopy, places, reported } from '../translation/fixture-room.ts';

const room = fileURLToPath(new URL('./fixtures/cross-shared-conflict', import.meta.url));
const fr = 'releases/2025/conflicting/fr.md';
const es = 'releases/2025/conflicting/es.md';
const en = 'releases/2025/conflicting/en.md';

describe('shared-conflict', () => {
  const found = reported(room, 'shared-conflict');
  const byPlace = (place: string) => found.find((d) => `${d.file}:${d.line}:${d.column}` === place);

  it('reports every shared value a translation changes, at its value, as an error', () => {
    expect(places(found)).toEqual([
      `${es}:5:10`, // embargo, which the original does not set
      `${es}:6:74`, // figures.extra, not a figure of the original
      `${fr}:5:7`, // date: another instant
      `${fr}:6:8`, // draft: true where the original is not a draft
      `${fr}:7:19`, // contacts: the second one differs
      `${fr}:8:1`, // figures: the map leaves out `share`
      `${fr}:9:14`, // figures.countries: "54" is text, 54 a number
      `${fr}:11:13`, // changes[0].date
      `${fr}:12:41`, // dateline.country
      `${fr}:14:13`, // media[0].file
      `${fr}:14:49`, // media[0].credit
    ]);
    expect(new Set(found.map((d) => d.severity))).toEqual(new Set(['error']));
  });

  it('points `cause` at the original value, or where the original would set it', () => {
    expect(byPlace(`${fr}:5:7`)?.cause).toBe(`${en}:4:7`);
    expect(byPlace(`${fr}:7:19`)?.cause).toBe(`${en}:10:19`);
    expect(byPlace(`${fr}:14:49`)?.cause).toBe(`${en}:15:50`);
    expect(byPlace(`${es}:5:10`)?.cause).toBe(`${en}:2:1`);
  });

  it('says what differs and how to fix it', () => {
    expect(byPlace(`${fr}:5:7`)?.message).toBe(
      '`date` is `2025-03-14T10:00:00-06:00` here but `2025-03-14T09:00:00-06:00` in the original `en.md`: shared fields are set once, in the original',
    );
    expect(byPlace(`${fr}:6:8`)?.message).toMatch(/^`draft` is `true` here but `false` \(by default\)/);
    expect(byPlace(`${fr}:9:14`)?.message).toMatch(/^`figures\.countries` is `"54"` here but `54`/);
    expect(byPlace(`${fr}:8:1`)?.message).toMatch(/^`figures` here lacks `share` of the original/);
    expect(byPlace(`${es}:5:10`)?.message).toMatch(
      /^`embargo` is shared with the original `en\.md`, which does not set it/,
    );
  });

  it('accepts repeated values that mean the same: defaults, the same instant at another offset, a bare figure', () => {
    expect(found.filter((d) => d.file.includes('/agreeing/'))).toEqual([]);
  });

  it('is silent once every repeated value agrees with the original', () => {
    const agreeing = editedCopy(room, {
      [fr]: (text) =>
        text
          .replace('10:00:00-06:00', '09:00:00-06:00')
          .replace('draft: true', 'draft: false')
          .replace('someone', 'osei')
          .replace('countries: "54"', 'countries: 54\n  share: { value: 0.71, style: percent }')
          .replace('2025-03-16', '2025-03-15')
          .replace('country: bz', 'country: BZ')
          .replace('photo.png', 'portal.png')
          .replace('OIM', 'IOM'),
    });
    expect(places(reported(agreeing, 'shared-conflict')).filter((p) => p.startsWith(fr))).toEqual([]);
  });
});

describe('sameSharedValue', () => {
  it.each([
    ['date', '2025-03-14T09:00:00-06:00', '2025-03-14T15:00:00Z', true],
    ['date', '2025-03-14T09:00:00-06:00', '2025-03-14T09:00:00Z', false],
    ['draft', undefined, false, true],
    ['type', 'press-release', undefined, true],
    ['type', 'news', undefined, false],
    ['figures', { a: 1 }, { a: { value: 1 } }, true],
    ['figures', { a: 1 }, { a: '1' }, false],
    ['contacts', ['a', 'b'], ['b', 'a'], false],
    ['dateline.country', 'BZ', 'BZ', true],
  ] as const)('%s: %j and %j are the same: %s', (field, a, b, same) => {
    expect(sameSharedValue(field, a, b)).toBe(same);
  });
});
