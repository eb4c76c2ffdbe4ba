import { parseMarkdown } from '@communique/core';
import { describe, expect, test } from 'vitest';
import { figureContexts } from '../src/model/figure-context.ts';

const format = {
  figure: (name: string) => ({ funding: '€1,500,000', share: '71%' })[name],
  date: (text: string) => `[${text}]`,
};

describe('the sentence that explains each key figure', () => {
  test('each figure gets the first sentence that names it, later sentences of the block included', () => {
    const tree = parseMarkdown(
      [
        'The office opened in :date[2024-04-16]. The fund holds :fig[funding] for schools.',
        'Nothing is said here. Of the pupils, :fig[share] now attend class.',
        'The fund holds :fig[funding] again, and a last sentence follows.',
      ].join(' '),
    );
    expect(figureContexts(tree, 'en', format)).toEqual(
      new Map([
        ['funding', 'The fund holds €1,500,000 for schools.'],
        ['share', 'Of the pupils, 71% now attend class.'],
      ]),
    );
  });

  test('a sentence that starts with its figure', () => {
    const tree = parseMarkdown(':fig[share] of the pupils now attend class. The rest stay home.');
    expect(figureContexts(tree, 'en', format).get('share')).toBe('71% of the pupils now attend class.');
  });

  test('a figure named first in a later block takes its sentence from there', () => {
    const tree = parseMarkdown(
      'The fund holds :fig[funding] for schools.\n\n## Results\n\nNow :fig[share] attend.',
    );
    expect(figureContexts(tree, 'en', format).get('share')).toBe('Now 71% attend.');
  });
});
