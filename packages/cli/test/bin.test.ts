import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'bin', 'communique.mjs');
const installed = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.bin', 'communique');

/** Runs a command with a preloaded module that reports the Node flags the process started with. */
function startedWith(command: string): { status: number | null; stdout: string; execArgv: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'communique-bin-'));
  const report = join(dir, 'exec-argv.json');
  const probe = join(dir, 'probe.cjs');
  writeFileSync(
    probe,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify(process.execArgv)));`,
  );
  const result = spawnSync(command, ['--help'], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: `--require ${probe}` },
  });
  const execArgv = JSON.parse(readFileSync(report, 'utf8')) as string[];
  rmSync(dir, { recursive: true, force: true });
  return { status: result.status, stdout: result.stdout, execArgv };
}

describe('the communique command', () => {
  it('runs from its own first line, with the young generation it asks for', () => {
    const run = startedWith(bin);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: communique <command>');
    expect(run.execArgv).toContain('--max-semi-space-size=64');
  });

  it('passes the same flag to Node when run as the workspace installed it', () => {
    const run = startedWith(installed);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: communique <command>');
    expect(run.execArgv).toContain('--max-semi-space-size=64');
  });
});
