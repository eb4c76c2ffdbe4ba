import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Measurement {
  readonly label: string;
  readonly seconds: number;
  /** Peak resident memory of the largest process involved, in bytes (undefined when it could not be read). */
  readonly peakRss: number | undefined;
  readonly exitCode: number;
}

const gnuTime = '/usr/bin/time';
const rssReporter = fileURLToPath(new URL('./report-rss.mjs', import.meta.url));

/** Runs a command as a whole process and measures its wall time and the peak RSS of its largest process. */
export async function measure(
  label: string,
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), 'communique-rss-'));
  const rssFile = join(dir, 'rss');
  // GNU time, when the machine has it, sees every process of the tree (Hugo; the Pagefind binary
  // the site build starts), the reporter each Node process; the largest of all is kept.
  const timed = existsSync(gnuTime);
  const timeFile = join(dir, 'time');
  const run = timed ? gnuTime : command;
  const runArgs = timed ? ['-f', '%M', '-o', timeFile, command, ...args] : args;
  const env = {
    ...process.env,
    COMMUNIQUE_RSS_FILE: rssFile,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${rssReporter}`.trim(),
  };
  const started = performance.now();
  const exitCode = await new Promise<number>((resolve, reject) => {
    const child = spawn(run, runArgs, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
  const seconds = (performance.now() - started) / 1000;
  const kibibytes = readNumbers(timeFile).map((value) => value * 1024);
  const values = [...readNumbers(rssFile), ...kibibytes];
  const peakRss = values.length > 0 ? Math.max(...values) : undefined;
  rmSync(dir, { recursive: true, force: true });
  return { label, seconds, peakRss, exitCode };
}

/** The whole-number lines of a file (GNU time adds a line of its own when the command fails). */
function readNumbers(file: string): number[] {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /^\d+$/.test(line))
      .map(Number);
  } catch {
    return [];
  }
}

export function formatTable(rows: readonly Measurement[], baseline: Measurement): string {
  const lines = [
    `${'run'.padEnd(34)} ${'seconds'.padStart(9)} ${'× floor'.padStart(8)} ${'peak RSS'.padStart(10)}  exit`,
  ];
  for (const row of rows) {
    const rss = row.peakRss === undefined ? 'n/a' : `${(row.peakRss / 2 ** 20).toFixed(0)} MiB`;
    lines.push(
      `${row.label.padEnd(34)} ${row.seconds.toFixed(2).padStart(9)} ${(row.seconds / baseline.seconds).toFixed(2).padStart(8)} ${rss.padStart(10)}  ${row.exitCode}`,
    );
  }
  return lines.join('\n');
}

/** A scratch directory on tmpfs when the machine has one, so disk speed does not dominate. */
export function scratchDir(prefix: string): string {
  const base = (() => {
    try {
      return readFileSync('/proc/mounts', 'utf8').includes(' /dev/shm tmpfs ') ? '/dev/shm' : tmpdir();
    } catch {
      return tmpdir();
    }
  })();
  return mkdtempSync(join(base, prefix));
}
