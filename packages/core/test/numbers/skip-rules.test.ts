import { describe, expect, it } from 'vitest';
import { asciiDigits } from '../../src/numbers/digits.ts';
import { codeRules } from '../../src/numbers/skip-codes.ts';
import { contactRules } from '../../src/numbers/skip-contacts.ts';
import { dateRules } from '../../src/numbers/skip-dates.ts';
import { markupRules } from '../../src/numbers/skip-markup.ts';
import { sentences } from './sentences.ts';

// Spans each kind of rule exists for, in the scripts and forms releases use.
const examples = [
  'COVID-19, كوفيد-19, UTC+2, Ковід-19 and SARS‑CoV‑2',
  'G20, A4, UN045589, H5N1, ISO3166, Ж7, Σ9, _8, 4x4, 3D2, USD2.5 million',
  'Tel.: +41 22 717 91 11, tél. : 01 23 45 67 89, тел. 8 800 555-35-35, هاتف: 00962 6 550 8000',
  'Phone (212) 555-0100, fax 022 717 91 11, 电话：010 8532 3456',
  'On March 14, 2024, Sept. 3 and 10–15 March, mars 14, Juli 3, січня 5, يناير 5, 14 de marzo',
  'Items: 1) water; 2) food. Lists: 1. first, 2) second',
  '2023-03-14, 14/03/2023, 2023-24, 10:30, 10h30, 9 a.m., 2023年3月14日, 上午10点30分',
  '```\ncode 12\n```\nand `x = 5`, <!-- 3 -->, <span data-n="4">, [report](./report-2024-45.pdf), ## Step {#step-2}',
  'A/RES/70/1 and S/2024/123; https://iom.int/news/45, press@iom.int, #G20, :fig[a], [^3]',
];
const texts = [...examples, ...sentences.map(({ text }) => text)].map(asciiDigits);
const rules = [...markupRules, ...dateRules, ...contactRules, ...codeRules];

describe('skip rules: needles', () => {
  // A rule's needle is tested on the whole text before its costlier pattern runs: it must find
  // something in every span the pattern would match, or that span would be read as a quantity.
  it.each(rules.flatMap((rule, index) => (rule.needle ? [[index, rule] as const] : [])))(
    'rule %i: the needle finds every span the pattern matches',
    (_index, { pattern, needle }) => {
      let matched = 0;
      for (const text of texts) {
        for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
          matched++;
          expect(needle!.test(match[0]), `${String(needle)} in ${JSON.stringify(match[0])}`).toBe(true);
        }
      }
      expect(matched).toBeGreaterThan(0);
    },
  );
});
