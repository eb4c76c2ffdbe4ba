import { describe, expect, it } from 'vitest';
import { formatDateRange, formatDateRangeSegments, formatInstant, formatPlainDate } from '../../src/index.ts';

describe('formatInstant', () => {
  it('shows the wall clock of the offset the instant was written with', () => {
    expect(formatInstant('2018-04-16T09:00:00-06:00', 'en', { time: true })).toBe(
      'April 16, 2018 at 9:00 AM',
    );
    expect(formatInstant('2018-04-16T09:00:00-06:00', 'fr', { time: true })).toBe('16 avril 2018 à 09:00');
    expect(formatInstant('2018-04-16T09:00:00-06:00', 'uk', { time: true })).toBe(
      '16 квітня 2018 р. о 09:00',
    );
  });

  it('keeps the written date even where UTC is already the next or previous day', () => {
    expect(formatInstant('2024-12-31T23:30:00-05:00', 'fr')).toBe('31 décembre 2024');
    expect(formatInstant('2025-01-01T00:30:00+14:00', 'en')).toBe('January 1, 2025');
  });

  it('returns text that is no instant as written', () => {
    expect(formatInstant('next Tuesday', 'en')).toBe('next Tuesday');
    expect(formatInstant('2018-04-16T09:00:00', 'en')).toBe('2018-04-16T09:00:00');
  });
});

describe('formatPlainDate', () => {
  it('gives each language its own text of one date, however often it is asked', () => {
    const asked = ['fr', 'en', 'fr', 'en'].map((lang) => formatPlainDate('2023-03-14', lang));
    expect(asked).toEqual(['14 mars 2023', 'March 14, 2023', '14 mars 2023', 'March 14, 2023']);
    expect(formatPlainDate('2023-02-30', 'en')).toBe('2023-02-30');
    expect(formatPlainDate('2023-02-30', 'en')).toBe('2023-02-30');
  });

  it('writes a calendar date in long form', () => {
    expect(formatPlainDate('2023-03-14', 'fr')).toBe('14 mars 2023');
    expect(formatPlainDate('2023-03-14', 'en')).toBe('March 14, 2023');
    expect(formatPlainDate('2023-03-14', 'uk')).toBe('14 березня 2023 р.');
    expect(formatPlainDate('2023-03-14', 'ar')).toBe('14 مارس 2023');
    expect(formatPlainDate('2023-03-14', 'zh-Hans')).toBe('2023年3月14日');
  });

  it('returns an impossible date as written', () => {
    expect(formatPlainDate('2023-02-30', 'fr')).toBe('2023-02-30');
  });
});

describe('formatDateRange', () => {
  it('says the shared parts once', () => {
    expect(formatDateRange('2023-03-14', '2023-03-17', 'fr')).toBe('14–17 mars 2023');
    expect(formatDateRange('2023-03-14', '2023-04-02', 'fr')).toBe('14 mars\u2009–\u20092 avril 2023');
    expect(formatDateRange('2023-12-30', '2024-01-02', 'fr')).toBe(
      '30 décembre 2023\u2009–\u20092 janvier 2024',
    );
    expect(formatDateRange('2023-03-14', '2023-03-17', 'en')).toBe('March 14\u2009–\u200917, 2023');
    expect(formatDateRange('2023-03-14', '2023-03-17', 'uk')).toBe('14–17 березня 2023\u202fр.');
    expect(formatDateRange('2023-03-14', '2023-03-17', 'ar')).toBe('14–17 مارس 2023');
    expect(formatDateRange('2023-03-14', '2023-03-17', 'es')).toBe('14–17 de marzo de 2023');
  });

  it('writes both dates in full where ICU would fall back to numeric dates', () => {
    expect(formatDateRange('2023-03-14', '2023-03-17', 'zh-Hans')).toBe('2023年3月14日 – 2023年3月17日');
    expect(formatDateRange('2023-03-14', '2023-03-17', 'ja')).toBe('2023年3月14日～2023年3月17日');
  });

  it('gives one date for a range of one day', () => {
    expect(formatDateRange('2023-03-14', '2023-03-14', 'fr')).toBe('14 mars 2023');
  });

  it('tells which part belongs to which date', () => {
    expect(formatDateRangeSegments('2023-03-14', '2023-03-17', 'fr')).toEqual([
      { source: 'start', text: '14' },
      { source: 'shared', text: '–' },
      { source: 'end', text: '17' },
      { source: 'shared', text: ' mars 2023' },
    ]);
    expect(formatDateRangeSegments('2023-03-14', 'soon', 'fr')).toBeUndefined();
  });
});
