import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { usage } from '../src/run.ts';

describe('README', () => {
  it('shows the usage `communique --help` prints', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const use = readme.slice(readme.indexOf('## Use'));
    const start = use.indexOf('```\n') + 4;
    const block = use.slice(start, use.indexOf('\n```', start));
    expect(block).toBe(usage.trimEnd());
  });
});
