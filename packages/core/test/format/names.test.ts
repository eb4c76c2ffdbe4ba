import { describe, expect, it } from 'vitest';
import { countryName, languageName, textDirection } from '../../src/index.ts';

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['ckb', 'rtl'],
    ['en', 'ltr'],
    ['fr', 'ltr'],
    ['uk', 'ltr'],
    ['zh-Hans', 'ltr'],
    ['ar-Latn', 'ltr'],
    ['sd-Deva', 'ltr'],
  ] as const)('%s is %s', (lang, dir) => {
    expect(textDirection(lang)).toBe(dir);
  });

  it('knows right-to-left scripts ICU has no locale data for', () => {
    // ICU's text info says `ltr` for these: the likely script decides.
    expect(textDirection('dv')).toBe('rtl');
    expect(textDirection('az-Arab')).toBe('rtl');
    expect(textDirection('ku-Arab')).toBe('rtl');
    expect(textDirection('ms-Arab')).toBe('rtl');
  });

  it('reads an invalid tag as left to right instead of throwing', () => {
    expect(textDirection('not a tag')).toBe('ltr');
  });
});

describe('languageName', () => {
  it('names a language in itself, capitalised as a menu item', () => {
    expect(languageName('fr')).toBe('Français');
    expect(languageName('ar')).toBe('العربية');
    expect(languageName('uk')).toBe('Українська');
    expect(languageName('es')).toBe('Español');
    expect(languageName('ru')).toBe('Русский');
    expect(languageName('zh-Hans')).toBe('简体中文');
  });

  it('names a language in another as a sentence writes it', () => {
    expect(languageName('ar', 'fr')).toBe('arabe');
    expect(languageName('en', 'uk')).toBe('англійська');
    expect(languageName('fr', 'en')).toBe('French');
  });

  it('falls back to the tag for one Intl cannot read', () => {
    expect(languageName('not a tag')).toBe('not a tag');
  });
});

describe('countryName', () => {
  it('names a country in the page language', () => {
    expect(countryName('CH', 'fr')).toBe('Suisse');
    expect(countryName('BZ', 'en')).toBe('Belize');
    expect(countryName('at', 'uk')).toBe('Австрія');
    expect(countryName('FR', 'ar')).toBe('فرنسا');
  });

  it('returns the code it cannot name', () => {
    expect(countryName('not a code', 'fr')).toBe('not a code');
  });
});
