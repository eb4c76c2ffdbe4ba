import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..', '..', '..', '..');
const fixtureRoom = join(repo, 'packages', 'eleventy-plugin', 'test', 'fixtures', 'room');
const bin = join(repo, 'packages', 'cli', 'bin', 'communique.mjs');

const running: ChildProcess[] = [];

/** Kills every `serve` a test started (call it from `afterEach`). */
export function stopServers(): void {
  for (const child of running.splice(0)) child.kill('SIGKILL');
}

export interface Served {
  readonly child: ChildProcess;
  /** `http://127.0.0.1:<port>` */
  readonly base: string;
  /** The temporary folder it runs in (its working directory). */
  readonly dir: string;
  /** The copy of the fixture room it serves. */
  readonly content: string;
  /** Everything it printed so far, stdout and stderr. */
  readonly output: () => string;
}

/**
 * Starts the real `communique serve` bin on a free loopback port, at a fixed instant, over a copy
 * of the plugin's fixture room; resolves once it says where it listens.
 */
export async function startServe(...args: string[]): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'communique-serve-test-'));
  const content = join(dir, 'content');
  cpSync(fixtureRoom, content, { recursive: true });
  const child = spawn(
    process.execPath,
    [bin, 'serve', '--port', '0', '--now', '2025-01-01T00:00:00Z', ...args],
    {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.push(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', () => {
      const match = /Serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${output}`)));
  });
  return { child, base, dir, content, output: () => output };
}
