import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPressRoom, translationStatus } from '../../src/index.ts';
import { editedCopy } from './fixture-room.ts';

const fixture = fileURLToPath(new URL('./fixtures/room', import.meta.url));
const statusAt = (now: string) => translationStatus(loadPressRoom(fixture), new Date(now));

describe('translationStatus', () => {
  it('is a release × site language matrix with every state', () => {
    const matrix = statusAt('2026-01-01T00:00:00Z').map((release) => [
      release.id,
      release.languages.map((cell) => cell.state).join(' '),
    ]);
    expect(matrix).toEqual([
      ['2025/broken-source', 'original outdated missing missing missing'],
      ['2025/chain', 'original up-to-date outdated up-to-date untracked'],
      ['2025/scaffolded', 'original untranslated missing missing missing'],
      ['2026/draft', 'original missing missing missing missing'],
      ['2026/embargoed', 'original missing missing missing missing'],
    ]);
  });

  it('marks required languages and names each translation source', () => {
    const chain = statusAt('2026-01-01T00:00:00Z').find((release) => release.id === '2025/chain');
    expect(chain?.languages).toEqual([
      { lang: 'en', state: 'original', required: true },
      { lang: 'fr', state: 'up-to-date', source: 'en', required: true },
      { lang: 'es', state: 'outdated', source: 'en', required: false },
      { lang: 'ar', state: 'up-to-date', source: 'fr', required: false },
      { lang: 'uk', state: 'untracked', source: 'en', required: false },
    ]);
  });

  it('gives embargoed and draft releases the instant each publishes, as written and in UTC', () => {
    const publication = (now: string) =>
      Object.fromEntries(
        statusAt(now).map((r) => [r.id, [r.publication, r.publishesAt, r.publishesAtWritten]]),
      );
    const before = publication('2026-02-10T07:59:59Z');
    expect(before['2026/embargoed']).toEqual([
      'embargoed',
      '2026-02-10T08:00:00.000Z',
      '2026-02-10T09:00:00+01:00',
    ]);
    expect(before['2026/draft']).toEqual(['draft', '2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00+01:00']);
    expect(before['2025/chain']).toEqual([
      'published',
      '2025-03-14T15:00:00.000Z',
      '2025-03-14T09:00:00-06:00',
    ]);
    const after = publication('2026-02-10T08:00:00Z');
    expect(after['2026/embargoed']?.[0]).toBe('published');
    expect(publication('2030-01-01T00:00:00Z')['2026/draft']?.[0]).toBe('draft');
  });

  it('says which releases are scheduled by a future date alone', () => {
    const early = statusAt('2025-03-14T14:59:59Z').find((release) => release.id === '2025/chain');
    expect(early?.publication).toBe('embargoed');
  });

  it('calls a release whose original cannot be read `unknown`, with no instant', () => {
    const broken = editedCopy(fixture, {
      'releases/2025/scaffolded/en.md': (text) => text.replace('date: 2025-04-02T10:00:00+02:00\n', ''),
    });
    const release = translationStatus(loadPressRoom(broken), new Date('2026-01-01T00:00:00Z')).find(
      (r) => r.id === '2025/scaffolded',
    );
    expect(release).toMatchObject({
      publication: 'unknown',
      publishesAt: undefined,
      publishesAtWritten: undefined,
    });
  });
});
