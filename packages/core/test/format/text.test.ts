import { describe, expect, it } from 'vitest';
import { frenchTypography, localise, localTypography } from '../../src/index.ts';

describe('localise', () => {
  const role = { en: 'Media officer', fr: 'Chargée de communication', ar: 'مسؤولة الإعلام' };

  it('takes the page language when the map has it', () => {
    expect(localise(role, 'fr', ['en'])).toEqual({ text: 'Chargée de communication', lang: 'fr' });
  });

  it('falls back in order and says which language it used', () => {
    expect(localise(role, 'uk', ['ar', 'en'])).toEqual({ text: 'مسؤولة الإعلام', lang: 'ar' });
    expect(localise(role, 'uk', ['es', 'en'])).toEqual({ text: 'Media officer', lang: 'en' });
  });

  it('uses the first text written when no fallback has one, and nothing for nothing', () => {
    expect(localise({ de: 'Pressesprecherin' }, 'uk', ['en'])).toEqual({
      text: 'Pressesprecherin',
      lang: 'de',
    });
    expect(localise({}, 'uk', ['en'])).toBeUndefined();
    expect(localise(undefined, 'uk', ['en'])).toBeUndefined();
  });

  it('takes a plain string as it is', () => {
    expect(localise('UNICEF', 'ar', ['en'])).toEqual({ text: 'UNICEF', lang: 'ar' });
  });
});

describe('frenchTypography', () => {
  it('puts a narrow no-break space before ; ! ? and a no-break space before :', () => {
    expect(frenchTypography('Pourquoi ? Parce que ; enfin ! Résultat : oui')).toBe(
      'Pourquoi\u202f? Parce que\u202f; enfin\u202f! Résultat\u00a0: oui',
    );
  });

  it('puts no-break spaces inside guillemets, typed or not', () => {
    expect(frenchTypography('« oui »')).toBe('«\u00a0oui\u00a0»');
    expect(frenchTypography('«oui»')).toBe('«\u00a0oui\u00a0»');
  });

  it('replaces the spaces a writer typed, even several, and adds none before ; : ! ?', () => {
    expect(frenchTypography('Quoi  ?')).toBe('Quoi\u202f?');
    expect(frenchTypography('Quoi\u00a0?')).toBe('Quoi\u202f?');
    expect(frenchTypography('à 10:30, voir https://example.org/?q=1 et Yahoo!')).toBe(
      'à 10:30, voir https://example.org/?q=1 et Yahoo!',
    );
  });

  it('is applied to French only', () => {
    expect(localTypography('Quoi ?', 'fr-CA')).toBe('Quoi\u202f?');
    expect(localTypography('Quoi ?', 'en')).toBe('Quoi ?');
  });
});
