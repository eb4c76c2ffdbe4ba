import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { communiqueArgs, shebangNodeFlags } from '../lib/cli.ts';

const script = (firstLine: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'communique-shebang-')), 'bin.mjs');
  writeFileSync(file, `${firstLine}\nconsole.log('hi');\n`);
  return file;
};

describe('shebangNodeFlags', () => {
  it('reads the Node flags after `env -S node`', () => {
    expect(shebangNodeFlags(script('#!/usr/bin/env -S node --max-semi-space-size=64 --no-warnings'))).toEqual(
      ['--max-semi-space-size=64', '--no-warnings'],
    );
  });

  it('finds none in a plain `env node` line or a file without one', () => {
    expect(shebangNodeFlags(script('#!/usr/bin/env node'))).toEqual([]);
    expect(shebangNodeFlags(script('// run with node --inspect'))).toEqual([]);
  });

  it('starts the checkout’s CLI with the flags of its first line, before the script', () => {
    const repo = resolve(import.meta.dirname, '..', '..');
    const args = communiqueArgs(repo);
    expect(args.at(-1)).toBe(join(repo, 'packages', 'cli', 'bin', 'communique.mjs'));
    expect(args.slice(0, -1)).toEqual(['--max-semi-space-size=64']);
  });
});
