import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registries, runCli, scratch } from './helpers/io.ts';

describe('communique new', () => {
  it('scaffolds a draft original that passes check', async () => {
    const dir = scratch(registries);
    const created = await runCli(['new', '2026/winter-appeal', '--lang', 'en'], dir);
    expect(created).toMatchObject({
      code: 0,
      stdout:
        'Created content/releases/2026/winter-appeal/en.md (a draft: remove `draft: true` to publish)\n',
    });
    const text = readFileSync(join(dir, 'content/releases/2026/winter-appeal/en.md'), 'utf8');
    expect(text).toContain('draft: true');
    expect(text).toContain('contacts: [walsh]');
    const checked = await runCli(['check', '--format', 'json'], dir);
    expect(JSON.parse(checked.stdout)).toEqual([]);
    expect(checked.code).toBe(0);
  });

  it('never overwrites an existing release', async () => {
    const dir = scratch(registries);
    await runCli(['new', '2026/winter-appeal', '--lang', 'en'], dir);
    const file = join(dir, 'content/releases/2026/winter-appeal/en.md');
    writeFileSync(file, 'my work');
    const again = await runCli(['new', '2026/winter-appeal', '--lang', 'en'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe('my work');
  });

  it('validates the id and the language', async () => {
    const dir = scratch(registries);
    for (const argv of [
      ['new', 'winter-appeal', '--lang', 'en'],
      ['new', '2026/Winter', '--lang', 'en'],
      ['new', '2026/winter', '--lang', 'EN'],
      ['new', '2026/winter', '--lang', 'de'],
      ['new', '2026/winter'],
    ]) {
      const result = await runCli(argv, dir);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^communique new: /);
    }
  });
});
