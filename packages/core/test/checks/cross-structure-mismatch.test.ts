import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editedCopy, reported } from '../translation/fixture-room.ts';

const room = fileURLToPath(new URL('./fixtures/cross-structure-mismatch', import.meta.url));
const directives = 'releases/2025/directives';
const changes = 'releases/2025/changes';

describe('structure-mismatch', () => {
  const found = reported(room, 'structure-mismatch');
  const summary = (dir: string) =>
    found.filter((d) => d.file.startsWith(dir)).map((d) => [`${d.file}:${d.line}:${d.column}`, d.cause]);

  it('reports a figure, date or quote a translation changed, lacks or adds, at the translation', () => {
    expect(summary(directives)).toEqual([
      // es: a second :fig[arrests] the original does not have
      [`${directives}/es.md:6:97`, `${directives}/en.md:12:1`],
      // fr: :date[2025-03-08] where the original has :date[2025-03-07]: one warning for the pair
      [`${directives}/fr.md:6:83`, `${directives}/en.md:12:65`],
      // fr: :fig[rescued] is missing, reported at the start of the corresponding paragraph
      [`${directives}/fr.md:8:1`, `${directives}/en.md:14:14`],
      // fr: the quote is attributed to someone else
      [`${directives}/fr.md:10:1`, `${directives}/en.md:16:1`],
    ]);
    expect(new Set(found.map((d) => d.severity))).toEqual(new Set(['warning']));
  });

  it('says what differs', () => {
    const messages = found.filter((d) => d.file === `${directives}/fr.md`).map((d) => d.message);
    expect(messages).toEqual([
      '`:date[2025-03-08]` here, where the original `en.md` has `:date[2025-03-07]`: every version carries the same figures, dates and quotes',
      '`:fig[rescued]` of the original `en.md` is missing from this version: keep every directive of the original',
      'A quote by `osei` here, where the original `en.md` has a quote by `walsh`: every version carries the same figures, dates and quotes',
    ]);
  });

  it('reports change notes a translation lacks or adds, with cause at the original', () => {
    expect(summary(changes)).toEqual([
      [`${changes}/ar.md:8:5`, `${changes}/en.md:6:1`], // a third note
      [`${changes}/es.md:2:1`, `${changes}/en.md:7:5`], // no `changes` at all: its first field
      [`${changes}/fr.md:5:1`, `${changes}/en.md:8:5`], // one note of two
    ]);
    expect(found.find((d) => d.file === `${changes}/fr.md`)?.message).toBe(
      'This version has 1 change note, the original `en.md` has 2: translate each note under `changes:`, in the same order',
    );
  });

  it('is silent when a version carries the same directives and notes (Arabic, Ukrainian)', () => {
    expect(found.filter((d) => d.file.endsWith('/ar.md') && d.file.startsWith(directives))).toEqual([]);
    expect(found.filter((d) => d.file === `${changes}/uk.md`)).toEqual([]);
  });

  it('stops once the translation is fixed', () => {
    const fixed = editedCopy(room, {
      [`${directives}/fr.md`]: (text) =>
        text
          .replace('2025-03-08', '2025-03-07')
          .replace('des personnes', ':fig[rescued] personnes')
          .replace('by=osei', 'by=walsh'),
    });
    expect(reported(fixed, 'structure-mismatch').filter((d) => d.file === `${directives}/fr.md`)).toEqual([]);
  });
});
