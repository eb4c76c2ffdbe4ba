import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Node flags a `#!/usr/bin/env -S node …` line gives (none for `#!/usr/bin/env node`): the
 * benchmarks start the CLI with `node`, which ignores the line, so they pass them as the installed
 * command does.
 */
export function shebangNodeFlags(script: string): string[] {
  const first = readFileSync(script, 'utf8').split('\n', 1)[0] ?? '';
  if (!first.startsWith('#!')) return [];
  const words = first.slice(2).trim().split(/\s+/);
  const node = words.findIndex((word) => word === 'node' || word.endsWith('/node'));
  return node === -1 ? [] : words.slice(node + 1);
}

/** `node`'s arguments that run the `communique` command of this checkout, before its own. */
export function communiqueArgs(repo: string): string[] {
  const bin = join(repo, 'packages', 'cli', 'bin', 'communique.mjs');
  return [...shebangNodeFlags(bin), bin];
}
