import { spawnSync } from 'node:child_process';
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
