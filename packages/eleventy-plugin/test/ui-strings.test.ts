import { describe, expect, test } from 'vitest';
import { ui, uiKeys, uiLanguage, uiParts, uiStrings } from '../src/index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  test('ship for at least en, fr, es, ar, ru, zh-Hans and uk', () => {
    expect(Object.keys(uiStrings)).toEqual(
      expect.arrayContaining(['en', 'fr', 'es', 'ar', 'ru', 'zh-Hans', 'uk']),
    );
  });

  test.each(Object.keys(uiStrings))(
    '%s has every key of en, no other, each non-empty with the same placeholders',
    (lang) => {
      const strings = uiStrings[lang]!;
      expect(Object.keys(strings).sort()).toEqual([...uiKeys].sort());
      for (const key of uiKeys) {
        expect(strings[key].trim(), `${lang}.${key}`).not.toBe('');
        expect(placeholders(strings[key]), `${lang}.${key}`).toEqual(placeholders(uiStrings.en![key]));
      }
    },
  );

  test('translations are translated: no language repeats English for its headings', () => {
    for (const lang of Object.keys(uiStrings).filter((tag) => tag !== 'en')) {
      for (const key of ['contactHeading', 'keyFigures', 'translationNotice', 'pressReleases'] as const) {
        expect(uiStrings[lang]![key], `${lang}.${key}`).not.toBe(uiStrings.en![key]);
      }
    }
  });

  test('a page language without strings falls back by script, then language, then English', () => {
    expect(uiLanguage('fr')).toBe('fr');
    expect(uiLanguage('fr-CA')).toBe('fr');
    expect(uiLanguage('zh-Hans-CN')).toBe('zh-Hans');
    expect(uiLanguage('zh')).toBe('zh-Hans');
    expect(uiLanguage('zh-Hant')).toBe('en');
    expect(uiLanguage('pt-BR')).toBe('en');
    expect(ui('pt-BR', 'keyFigures')).toBe('Key figures');
  });

  test('fills placeholders, and splits at them for markup', () => {
    expect(ui('fr', 'translationNotice', { language: 'anglais' })).toBe(
      'Ceci est une traduction. La version originale est en anglais.',
    );
    expect(uiParts('en', 'updatedNotice')).toEqual([
      { kind: 'text', text: 'Updated ' },
      { kind: 'value', name: 'date' },
    ]);
  });
});
