import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPressRoom, loadPressRoom } from '../src/index.ts';
import { checkFiles, ofRule } from './helpers/check.ts';
import { baseRegistries, original, writeRoom } from './helpers/room.ts';

const en = 'releases/2025/portal/en.md';

describe('bad bytes become diagnostics, never crashes', () => {
  it('reads a file with a BOM like one without', () => {
    const found = checkFiles({ ...baseRegistries, [en]: `\uFEFF${original('Body')}` });
    expect(found).toEqual([]);
  });

  it('keeps line numbers right with CRLF line endings', () => {
    const found = checkFiles({
      ...baseRegistries,
      [en]: original('Line one.\n\nSee :fig[nope].').replace(/\n/g, '\r\n'),
    });
    expect(ofRule(found, 'figure-unknown')).toEqual([expect.objectContaining({ line: 11, column: 5 })]);
  });

  it('reports an empty file', () => {
    expect(checkFiles({ ...baseRegistries, [en]: '' })).toEqual([
      expect.objectContaining({
        rule: 'frontmatter-syntax',
        file: en,
        line: 1,
        column: 1,
        message: expect.stringMatching(/empty/),
      }),
    ]);
  });

  it('reports invalid UTF-8 and binary files named like versions', () => {
    const root = writeRoom({ ...baseRegistries, [en]: original('Body') });
    writeFileSync(
      join(root, 'releases/2025/portal/fr.md'),
      Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28, 0xff, 0x0a]),
    );
    writeFileSync(
      join(root, 'releases/2025/portal/uk.md'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
    );
    const found = checkPressRoom(loadPressRoom(root));
    expect(
      found.filter((d) => d.rule === 'file-encoding').map((d) => [d.file.slice(root.length + 1), d.message]),
    ).toEqual([
      ['releases/2025/portal/fr.md', expect.stringMatching(/not valid UTF-8/)],
      ['releases/2025/portal/uk.md', expect.stringMatching(/binary/)],
    ]);
  });

  it('reports garbage text', () => {
    const found = checkFiles({ ...baseRegistries, [en]: '\u0007}{]]][[: : :\n---\n' });
    expect(ofRule(found, 'frontmatter-syntax')).toHaveLength(1);
  });

  it('reports a registry that is not a map', () => {
    const found = checkFiles({
      ...baseRegistries,
      'people.yaml': '- just\n- a list\n',
      [en]: original('Body'),
    });
    expect(ofRule(found, 'schema')[0]).toMatchObject({ file: 'people.yaml', line: 1, column: 1 });
  });

  it('checks a 5 MB body', () => {
    const paragraph = 'The operation reached :fig[people] people in :date[2025-03-01/2025-03-05]. '.repeat(
      20,
    );
    const body = `${paragraph}\n\n`.repeat(Math.ceil((5 * 2 ** 20) / (paragraph.length + 2)));
    expect(body.length).toBeGreaterThan(5 * 2 ** 20);
    const found = checkFiles({ ...baseRegistries, [en]: original(body, 'figures:\n  people: 12\n') });
    expect(found).toEqual([]);
  });

  it('checks 1,000 releases in one year folder', () => {
    const root = writeRoom(baseRegistries);
    for (let i = 0; i < 1000; i++) {
      const dir = join(root, 'releases', '2025', `release-${i}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'en.md'), original(i === 999 ? 'See :fig[missing].' : `Release number ${i}.`));
    }
    const room = loadPressRoom(root);
    expect(room.releases).toHaveLength(1000);
    const found = checkPressRoom(room, { dropTrees: true });
    expect(found.map((d) => [d.rule, d.file.slice(root.length + 1)])).toEqual([
      ['figure-unknown', 'releases/2025/release-999/en.md'],
    ]);
  });
});
