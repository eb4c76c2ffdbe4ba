import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registries, release, runCli, scratch } from './helpers/io.ts';

const broken = () =>
  scratch({
    ...registries,
    'content/people.yaml': registries['content/people.yaml']!.replace(
      'awalsh@iom.example.org',
      `'"mailto:a@b.org">a@b.org'`,
    ),
    'content/releases/2025/portal/en.md': release('We saw :fig[arests].', 'figures:\n  arrests: 3\n'),
  });

describe('communique check', () => {
  it('prints the JSON contract: one array, files relative to cwd, 1-based positions; exit 1 on errors', async () => {
    const dir = broken();
    const { code, stdout } = await runCli(['check', '--format', 'json'], dir);
    expect(code).toBe(1);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    expect(rows.map((r) => [r.rule, r.file, r.line, r.column, r.severity])).toEqual([
      ['contact-email', 'content/people.yaml', 5, 10, 'error'],
      ['figure-unused', 'content/releases/2025/portal/en.md', 9, 3, 'warning'],
      ['figure-unknown', 'content/releases/2025/portal/en.md', 11, 8, 'error'],
    ]);
    for (const row of rows)
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['file', 'line', 'column', 'rule', 'severity', 'message']),
      );
  });

  it('prints GitHub workflow annotations', async () => {
    const { stdout } = await runCli(['check', '--format', 'github'], broken());
    expect(stdout.split('\n')[0]).toMatch(
      /^::error file=content\/people\.yaml,line=5,col=10,title=contact-email::`"mailto%3A|^::error file=content\/people\.yaml,line=5,col=10,title=contact-email::/,
    );
    expect(stdout).toContain(
      '::warning file=content/releases/2025/portal/en.md,line=9,col=3,title=figure-unused::',
    );
  });

  it('groups pretty output by file with a summary, colour only when asked', async () => {
    const dir = broken();
    const plain = await runCli(['check'], dir);
    expect(plain.stdout).toContain('content/people.yaml\n  5:10');
    expect(plain.stdout).toMatch(/✖ 2 errors, 1 warning in 2 of 4 files\n$/);
    expect(plain.stdout).not.toContain('\u001b[');
    const coloured = await runCli(['check'], dir, true);
    expect(coloured.stdout).toContain('\u001b[');
  });

  it('exits 0 on a clean room and with only warnings', async () => {
    const clean = await runCli(
      ['check'],
      scratch({ ...registries, 'content/releases/2025/portal/en.md': release('Body.') }),
    );
    expect(clean).toMatchObject({ code: 0, stdout: '✔ No problems in 4 files\n' });
    const warned = await runCli(
      ['check'],
      scratch({
        ...registries,
        'content/releases/2025/portal/en.md': release('Body.', 'figures:\n  unused: 1\n'),
      }),
    );
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('⚠ 0 errors, 1 warning');
  });

  it('exits 2 on usage errors, without a stack trace', async () => {
    const dir = broken();
    for (const argv of [
      ['check', '--format', 'xml'],
      ['check', '--frobnicate'],
      ['check', '--content', 'nowhere'],
      ['check', 'extra'],
      ['nope'],
    ]) {
      const result = await runCli(argv, dir);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  describe('with the content cache', () => {
    const rowsOf = (stdout: string) =>
      (JSON.parse(stdout) as { rule: string; file: string; line: number; column: number }[]).map((row) => [
        row.rule,
        row.file,
        row.line,
        row.column,
      ]);
    const portal = 'content/releases/2025/portal/en.md';

    it('keeps each release’s diagnostics where build does and reports the same from them', async () => {
      const dir = broken();
      const first = await runCli(['check', '--format', 'json'], dir);
      const checks = join(dir, 'node_modules', '.cache', 'communique', 'v1', 'checks');
      expect(readdirSync(checks).length).toBeGreaterThan(0);
      const again = await runCli(['check', '--format', 'json'], dir);
      const uncached = await runCli(['check', '--format', 'json', '--no-cache'], dir);
      expect(again).toEqual(first);
      expect(uncached).toEqual(first);
      expect(rowsOf(first.stdout)).toEqual([
        ['contact-email', 'content/people.yaml', 5, 10],
        ['figure-unused', portal, 9, 3],
        ['figure-unknown', portal, 11, 8],
      ]);
    });

    it('checks an edited release again, at its new lines', async () => {
      const dir = broken();
      const cache = join(dir, 'cache');
      await runCli(['check', '--cache', cache], dir);
      const file = join(dir, portal);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          'We saw :fig[arests].',
          'Intro.\n\nWe saw :fig[arrests] :fig[seized].',
        ),
      );
      const { code, stdout } = await runCli(['check', '--format', 'json', '--cache', cache], dir);
      expect(code).toBe(1);
      expect(rowsOf(stdout)).toEqual([
        ['contact-email', 'content/people.yaml', 5, 10],
        ['figure-unknown', portal, 13, 22],
      ]);
    });

    it('--no-cache writes no cache; a cache inside the content folder is refused', async () => {
      const dir = broken();
      expect((await runCli(['check', '--no-cache'], dir)).code).toBe(1);
      expect(existsSync(join(dir, 'node_modules'))).toBe(false);
      const inside = await runCli(['check', '--cache', 'content/cache'], dir);
      expect(inside.code).toBe(2);
      expect(inside.stderr).toContain('is inside the content folder');
      const both = await runCli(['check', '--cache', 'c', '--no-cache'], dir);
      expect(both.code).toBe(2);
      expect(both.stderr).toContain('either --cache <dir> or --no-cache');
    });
  });

  it('runs end to end through the installed bin', () => {
    const dir = broken();
    const bin = join(import.meta.dirname, '..', 'bin', 'communique.mjs');
    const result = spawnSync(process.execPath, [bin, 'check', '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as { rule: string }[]).map((d) => d.rule)).toEqual([
      'contact-email',
      'figure-unused',
      'figure-unknown',
    ]);
  });
});
