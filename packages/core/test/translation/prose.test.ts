import { describe, expect, it } from 'vitest';
import { alignText, loadPressRoom, proseRuns, type ReleaseVersion, slotPlace } from '../../src/index.ts';
import { editedCopy } from './fixture-room.ts';

const fixture = new URL('./fixtures/room', import.meta.url).pathname;

/** The chain's English original with its body (and optionally front matter lines) replaced. */
function versionWith(body: string, front = ''): ReleaseVersion {
  const root = editedCopy(fixture, {
    'releases/2025/chain/en.md': (text) => `${text.slice(0, text.indexOf('\n---\n'))}${front}\n---\n${body}`,
  });
  const version = loadPressRoom(root).releaseById.get('2025/chain')?.original;
  if (!version) throw new Error('no original');
  return version;
}

/** `text@line:column` of the first occurrence of `needle` in the runs. */
function placeOf(version: ReleaseVersion, needle: string): string {
  for (const run of proseRuns(version)) {
    const index = run.text.indexOf(needle);
    if (index !== -1) {
      const place = run.placeAt(index);
      return `${needle}@${place.line}:${place.column}`;
    }
  }
  return `${needle} not found`;
}

describe('proseRuns', () => {
  it('reads the title, summary and body text a reader sees, slot by slot', () => {
    const version = versionWith('# Heading 1\n\nFirst *para* 2.\n\n- item 3\n- item 4\n');
    expect(proseRuns(version).map((run) => [run.slot, run.text])).toEqual([
      ['title', 'Belize joins the reporting portal'],
      ['summary', '54 countries now offer the portal.'],
      [0, 'Heading 1'],
      [1, 'First para 2.'],
      [2, 'item 3'],
      [2, 'item 4'],
    ]);
  });

  it('leaves out code, HTML, URLs, images and the fig and date directives', () => {
    const version = versionWith(
      'A `code 1` b <!-- 2 --> [link 3](https://x.org/4) ![alt 5](p.png) :fig[countries] :date[2025-03-01].\n\n```\n6\n```\n',
    );
    const text = proseRuns(version)
      .filter((run) => typeof run.slot === 'number')
      .map((run) => run.text)
      .join('|');
    expect(text).not.toMatch(/[124-6]|countries|2025/);
    expect(text).toContain('link 3');
  });

  it('keeps directive-looking text that is published as written, such as the :30 of 10:30', () => {
    const version = versionWith('Briefing at 10:30 and a ratio of 3:2.\n');
    expect(proseRuns(version).at(-1)?.text).toBe('Briefing at 10:30 and a ratio of 3:2.');
  });

  it('places text at its line and column in the file, inside quotes, lists and entities', () => {
    const version = versionWith(
      'Intro.\n\n> Quoted line\n> with 6,800 here.\n\n- a list\n  wrapped 71 %\n\nAn&nbsp;entity then 12.\n',
    );
    const body = version.bodyLine;
    expect(placeOf(version, '6,800')).toBe(`6,800@${body + 3}:8`);
    expect(placeOf(version, '71')).toBe(`71@${body + 6}:11`);
    expect(placeOf(version, '12')).toBe(`12@${body + 8}:21`);
  });

  it('places quoted and folded front matter text exactly', () => {
    const version = versionWith('Body.\n', '\nslug: "x"');
    const quoted = editedCopy(fixture, {
      'releases/2025/chain/en.md': (text) =>
        text
          .replace('title: Belize joins the reporting portal', 'title: "Belize joins \\"the\\" portal"')
          .replace(
            'summary: 54 countries now offer the portal.',
            'summary: >-\n  Now 54 countries\n    offer 7 portals.',
          ),
    });
    const original = loadPressRoom(quoted).releaseById.get('2025/chain')?.original;
    if (!original) throw new Error('no original');
    expect(placeOf(original, 'portal')).toBe('portal@2:30');
    expect(placeOf(original, '54')).toBe('54@4:7');
    expect(placeOf(original, '7')).toBe('7@5:11');
    expect(slotPlace(version, 'title')).toMatchObject({ line: 2, column: 8 });
  });
});

describe('slotPlace', () => {
  it('is the start of the body block at the same position, or the last one', () => {
    const version = versionWith('<!-- note -->\n\nOne.\n\nTwo.\n');
    const body = version.bodyLine;
    expect(slotPlace(version, 0)).toMatchObject({ line: body + 2, column: 1 });
    expect(slotPlace(version, 1)).toMatchObject({ line: body + 4, column: 1 });
    expect(slotPlace(version, 9)).toMatchObject({ line: body + 4, column: 1 });
  });
});

describe('alignText', () => {
  it('maps each character of a parsed value to where it was written', () => {
    expect(alignText('a b', 'a b', 0)).toEqual([0, 1, 2]);
    expect(alignText('a"b', '"a\\"b"', 0)).toEqual([1, 3, 4]);
    expect(alignText('6\u00a0800', '6&nbsp;800', 0)).toEqual([0, 1, 7, 8, 9]);
  });
});
