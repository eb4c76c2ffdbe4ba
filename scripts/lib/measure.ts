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
  /** Every run's seconds, in the order run, when the row is the median of several. */
  readonly samples?: readonly number[];
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

/**
 * One row for several runs of the same command: the median time (of an even count, the mean of
 * the middle two), the largest peak RSS, the first failing exit code, and every run's time.
 */
export function medianOf(label: string, runs: readonly Measurement[]): Measurement {
  if (runs.length === 0) throw new RangeError(`no runs of ${label} to take the median of`);
  const sorted = runs.map((row) => row.seconds).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const seconds = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const rss = runs.flatMap((row) => (row.peakRss === undefined ? [] : [row.peakRss]));
  return {
    label,
    seconds,
    peakRss: rss.length > 0 ? Math.max(...rss) : undefined,
    exitCode: runs.find((row) => row.exitCode !== 0)?.exitCode ?? 0,
    samples: runs.map((row) => row.seconds),
  };
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
    `${'run'.padEnd(36)} ${'seconds'.padStart(9)} ${'× floor'.padStart(8)} ${'peak RSS'.padStart(10)}  exit  runs`,
  ];
  for (const row of rows) {
    const rss = row.peakRss === undefined ? 'n/a' : `${(row.peakRss / 2 ** 20).toFixed(0)} MiB`;
    const runs =
      row.samples && row.samples.length > 1
        ? `  median of ${row.samples.map((seconds) => seconds.toFixed(2)).join(', ')}`
        : '';
    lines.push(
      `${row.label.padEnd(36)} ${row.seconds.toFixed(2).padStart(9)} ${(row.seconds / baseline.seconds).toFixed(2).padStart(8)} ${rss.padStart(10)}  ${String(row.exitCode).padStart(4)}${runs}`,
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
