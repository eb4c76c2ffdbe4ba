import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editedCopy, places, reported } from '../translation/fixture-room.ts';

const room = fileURLToPath(new URL('./fixtures/cross-translation-outdated', import.meta.url));
const tracked = 'releases/2025/tracked';
const chain = 'releases/2025/chain';

describe('translation-outdated', () => {
  it('warns at the recorded sourceHash value when the source text changed, with cause at the source', () => {
    const found = reported(room, 'translation-outdated');
    expect(found.map((d) => [`${d.file}:${d.line}:${d.column}`, d.severity, d.cause])).toEqual([
      [`${chain}/ar.md:3:13`, 'warning', `${chain}/fr.md:4:8`],
      [`${tracked}/es.md:3:13`, 'warning', `${tracked}/en.md:2:8`],
    ]);
    expect(found[1]?.message).toBe(
      '`en.md` changed since this translation was made from it: bring the changes over, then run `communique translate 2025/tracked --to es --done`',
    );
  });

  it('compares a chained translation with its own source, not the original', () => {
    // ar.md was made from fr.md, which changed since; fr.md itself is up to date with en.md.
    const found = places(reported(room, 'translation-outdated'));
    expect(found).toContain(`${chain}/ar.md:3:13`);
    expect(found).not.toContain(`${chain}/fr.md:3:13`);
  });

  it('is silent for matching hashes, untracked translations and missing sources', () => {
    const found = places(reported(room, 'translation-outdated'));
    for (const quiet of ['fr.md', 'uk.md', 'ar.md']) expect(found).not.toContain(`${tracked}/${quiet}:3:13`);
    expect(reported(room, 'translation-source').map((d) => d.file)).toEqual([`${tracked}/ar.md`]);
  });

  it('ignores whitespace-only edits of the source and fires on any other', () => {
    const rewrapped = editedCopy(room, {
      [`${tracked}/en.md`]: (text) => text.replace('the portal from today.', 'the portal\nfrom   today.\n\n'),
    });
    expect(places(reported(rewrapped, 'translation-outdated'))).not.toContain(`${tracked}/fr.md:3:13`);
    const edited = editedCopy(room, {
      [`${tracked}/en.md`]: (text) => text.replace('from today', 'from tomorrow'),
    });
    expect(places(reported(edited, 'translation-outdated'))).toContain(`${tracked}/fr.md:3:13`);
  });

  it('asks for quotes when a hash is written as a number, instead of comparing it', () => {
    const numeric = editedCopy(room, {
      [`${tracked}/fr.md`]: (text) => text.replace(/sourceHash: .*/, 'sourceHash: 123456789012'),
    });
    expect(reported(numeric, 'schema').map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([
      `${tracked}/fr.md:3:13`,
    ]);
  });
});
