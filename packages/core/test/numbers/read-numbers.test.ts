import { describe, expect, it } from 'vitest';
import { compareNumbers, readNumbers } from '../../src/index.ts';
import { sentences } from './sentences.ts';

const label = (n: { value: number; kind: string }) => (n.kind === 'percent' ? `${n.value}%` : n.value);

describe('readNumbers: the labelled table', () => {
  it('covers every language with enough sentences', () => {
    const perLanguage: Record<string, number> = {};
    for (const s of sentences) perLanguage[s.lang] = (perLanguage[s.lang] ?? 0) + 1;
    expect(Object.keys(perLanguage).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'uk', 'zh-Hans']);
    for (const count of Object.values(perLanguage)) expect(count).toBeGreaterThanOrEqual(8);
    expect(sentences.length).toBeGreaterThanOrEqual(60);
  });

  it.each(sentences.map((s) => [s.lang, s.text, s] as const))('%s: %s', (_lang, text, sentence) => {
    const found = readNumbers(text, sentence.lang);
    expect(found.map(label)).toEqual(sentence.expected);
    for (const token of found) expect(text.slice(token.start, token.end).trim()).toBe(token.raw);
  });
});

describe('compareNumbers', () => {
  const versions = {
    en: 'The programme reached 6,800 people; 71% were women; €1.5 million was pledged.',
    fr: 'Le programme a touché 6 800 personnes ; 71 % étaient des femmes ; 1,5 million d’euros a été promis.',
    ar: 'وصل البرنامج إلى ٦٬٨٠٠ شخص، و٪٧١ منهم نساء، وتم التعهد بمبلغ 1,5 مليون يورو.',
    'zh-Hans': '该项目惠及6,800人，其中71%为妇女，认捐150万欧元。',
  };

  it('finds no mismatch between faithful translations', () => {
    const en = readNumbers(versions.en, 'en');
    for (const [lang, text] of Object.entries(versions)) {
      expect(compareNumbers(readNumbers(text, lang), en), lang).toEqual({ onlyInA: [], onlyInB: [] });
    }
  });

  it('reports a drifted figure on both sides, each pointing at the other', () => {
    const fr = readNumbers('Le programme a touché 68 000 personnes.', 'fr');
    const en = readNumbers('The programme reached 6,800 people.', 'en');
    const { onlyInA, onlyInB } = compareNumbers(fr, en);
    expect(onlyInA.map((m) => [m.token.raw, m.nearest?.raw])).toEqual([['68 000', '6,800']]);
    expect(onlyInB.map((m) => [m.token.raw, m.nearest?.raw])).toEqual([['6,800', '68 000']]);
  });

  it('counts repeats', () => {
    const { onlyInA, onlyInB } = compareNumbers(
      readNumbers('5 teams, then 5 more', 'en'),
      readNumbers('5 équipes', 'fr'),
    );
    expect(onlyInA.map((m) => m.token.value)).toEqual([5]);
    expect(onlyInB).toEqual([]);
  });
});
