import { describe, expect, it } from 'vitest';
import { formatFigure, formattingLocale } from '../../src/index.ts';

const count = 6800;
const share = { value: 0.71, style: 'percent' } as const;
const funding = { value: 1500000, style: 'currency', currency: 'EUR' } as const;

describe('formatFigure', () => {
  it('formats one figure for each language it is asked in, however often (the texts are kept per figure and language)', () => {
    const asked = ['fr', 'en', 'fr', 'de', 'en'].map((lang) => formatFigure(share, lang));
    expect(asked).toEqual(['71\u00a0%', '71%', '71\u00a0%', '71\u00a0%', '71%']);
  });

  it('groups and marks numbers as French does: narrow no-break spaces, no-break before % and €', () => {
    expect(formatFigure(count, 'fr')).toBe('6\u202f800');
    expect(formatFigure(share, 'fr')).toBe('71\u00a0%');
    expect(formatFigure(funding, 'fr')).toBe('1\u202f500\u202f000,00\u00a0€');
  });

  it('formats English, Ukrainian and Spanish figures', () => {
    expect(formatFigure(count, 'en')).toBe('6,800');
    expect(formatFigure(share, 'en')).toBe('71%');
    expect(formatFigure(funding, 'en')).toBe('€1,500,000.00');
    expect(formatFigure(count, 'uk')).toBe('6\u00a0800');
    expect(formatFigure(funding, 'uk')).toBe('1\u00a0500\u00a0000,00\u00a0EUR');
    expect(formatFigure(funding, 'es')).toBe('1.500.000,00\u00a0€');
  });

  it('uses the other Intl.NumberFormat options of a figure', () => {
    expect(formatFigure({ value: 2400000, notation: 'compact' }, 'fr')).toBe('2,4\u00a0M');
    expect(formatFigure({ value: 1200, style: 'unit', unit: 'kilometer' }, 'en')).toBe('1,200 km');
    expect(formatFigure({ value: 0.214, style: 'percent', maximumFractionDigits: 1 }, 'fr')).toBe(
      '21,4\u00a0%',
    );
  });

  it('prints Arabic figures in Latin digits for `ar`, in Arabic-Indic digits where the tag asks for them', () => {
    expect(formatFigure(count, 'ar')).toBe('6,800');
    expect(formatFigure(share, 'ar')).toBe('71\u200e%\u200e');
    expect(formatFigure(count, 'ar-EG')).toBe('٦٬٨٠٠');
    expect(formatFigure(count, 'ar-u-nu-arab')).toBe('٦٬٨٠٠');
    expect(formattingLocale('ar')).toBe('ar-u-nu-latn');
    expect(formattingLocale('ar-SA')).toBe('ar-SA');
  });

  it('falls back to a plain number when Intl rejects the options', () => {
    expect(formatFigure({ value: 1500, style: 'currency' }, 'fr')).toBe('1\u202f500');
  });

  it('formats with the root locale when the language tag is invalid', () => {
    expect(formattingLocale('not a tag')).toBe('und');
    expect(formatFigure(count, 'not a tag')).toBe('6,800');
  });
});
