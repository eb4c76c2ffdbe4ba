import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { removeTree } from '../src/build/remove-tree.ts';

test('removes a whole folder but never what its links point to', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-remove-'));
  const outside = join(dir, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'keep.txt'), 'mine');
  const tree = join(dir, '-old output');
  mkdirSync(join(tree, 'en', '2024', 'a'), { recursive: true });
  writeFileSync(join(tree, 'en', '2024', 'a', 'index.html'), '<p>');
  writeFileSync(join(tree, '.communique-output'), '');
  symlinkSync(outside, join(tree, 'en', 'linked-folder'));
  symlinkSync(join(outside, 'keep.txt'), join(tree, 'linked-file'));
  // More entries than are named on one command line.
  mkdirSync(join(tree, 'pagefind', 'fragment'), { recursive: true });
  for (let i = 0; i < 1500; i++) writeFileSync(join(tree, 'pagefind', 'fragment', `en_${i}.pf_fragment`), '');
  for (let i = 0; i < 1200; i++) writeFileSync(join(tree, `page-${i}.html`), '');

  await removeTree(tree);

  expect(existsSync(tree)).toBe(false);
  expect(readFileSync(join(outside, 'keep.txt'), 'utf8')).toBe('mine');
});

test('a folder that is not there is not an error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-remove-'));
  await expect(removeTree(join(dir, 'missing'))).resolves.toBeUndefined();
});
