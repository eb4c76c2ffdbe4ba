import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, freemem } from 'node:os';
import { join } from 'node:path';

/** Pagefind could not build the search index: the message says why, for the person running the build. */
export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError';
}

/** What one Pagefind process indexes and where it writes. */
export interface PagefindJob {
  /** The built site (absolute). */
  readonly site: string;
  /** Pages to index, relative to `site`; Pagefind's default (every `.html` file) when undefined. */
  readonly glob?: string | undefined;
  /** Where the bundle goes (absolute). */
  readonly outputPath: string;
  readonly excludeSelectors: readonly string[];
  /** An empty folder to run in: Pagefind reads a configuration file from its working folder. */
  readonly cwd: string;
}

/** One Pagefind process at work. */
export interface PagefindRun {
  /**
   * Resolves once Pagefind has read every page (rejects as `done` does if it fails first). What
   * it does after, building and writing the index, takes about one core: the next run can read
   * its pages meanwhile.
   */
  readonly read: Promise<void>;
  /** Resolves once the bundle is written; rejects with a `SearchIndexError`. */
  readonly done: Promise<void>;
  /** Stops the process (its `done` then rejects). */
  stop(): void;
}

// Pagefind's command line prints this line when it turns from reading pages to building the index.
const buildingLine = '[Building search indexes]';
const stopped = 'Pagefind stopped before it finished the search index (is the memory or the disk full?)';
/** Lines of Pagefind's output kept to explain a failure. */
const keptLines = 20;

/** The Pagefind processes running, for `stopAll`. */
const running = new Set<ChildProcess>();

/**
 * Starts the Pagefind command line (the binary the `pagefind` package installed) on one job. A
 * process per job, rather than the package's Node API, whose one service process works on one
 * index at a time: two processes let one language's pages be read while the index of the one
 * before is written.
 */
export function startPagefind(job: PagefindJob): PagefindRun {
  const args = ['--site', job.site, '--output-path', job.outputPath];
  if (job.glob !== undefined) args.push('--glob', job.glob);
  for (const selector of job.excludeSelectors) args.push('--exclude-selectors', selector);
  let child: ChildProcess;
  try {
    child = spawn(pagefindBinary(), args, {
      cwd: job.cwd,
      env: pagefindEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const failed = Promise.reject(new SearchIndexError(`Pagefind could not start: ${messageOf(error)}`));
    failed.catch(() => {});
    return { read: failed, done: failed, stop: () => {} };
  }
  running.add(child);
  let markRead = () => {};
  let failRead = (_error: unknown) => {};
  const read = new Promise<void>((resolve, reject) => {
    markRead = resolve;
    failRead = reject;
  });
  read.catch(() => {});
  const lines: string[] = [];
  const keep = (stream: NodeJS.ReadableStream | null, watch: boolean) => {
    let rest = '';
    stream?.setEncoding('utf8');
    const take = (line: string) => {
      if (watch && line.includes(buildingLine)) markRead();
      if (line.trim() !== '') lines.push(line.trim());
      if (lines.length > keptLines) lines.shift();
    };
    stream?.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) take(line);
    });
    // A last line without its line break still explains a failure.
    stream?.on('end', () => take(rest));
  };
  keep(child.stdout, true);
  keep(child.stderr, false);
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => {
      running.delete(child);
      reject(new SearchIndexError(`Pagefind could not start: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      running.delete(child);
      if (code === 0) resolve();
      else if (signal !== null) reject(new SearchIndexError(stopped));
      else reject(new SearchIndexError(`Pagefind failed: ${failureOf(lines)}`));
    });
  });
  done.then(markRead, failRead);
  done.catch(() => {});
  return { read, done, stop: () => child.kill('SIGKILL') };
}

/**
 * Whether a second Pagefind process may start beside one that is writing its index: on a machine
 * with a second core and, left free, about what Pagefind holds for 10,000 pages (1 GiB) and as
 * much again for everything else.
 */
export function roomForSecondRun(): boolean {
  return availableParallelism() > 1 && freemem() >= 2 * 2 ** 30;
}

/**
 * Runs Pagefind on each job, in order. A run starts once the one before has read its pages (it
 * then builds and writes its index on about one core) and the one before that has finished, so
 * that at most two run at once, and only while `overlap` says there is room; else once the one
 * before has finished. When one fails, or `signal` aborts, the others are stopped, and its error
 * is thrown once every process started has ended.
 */
export async function runStaggered(
  jobs: readonly PagefindJob[],
  start: (job: PagefindJob) => PagefindRun = startPagefind,
  overlap: () => boolean = roomForSecondRun,
  signal?: AbortSignal,
): Promise<void> {
  const started: PagefindRun[] = [];
  const stopStarted = () => {
    for (const run of started) run.stop();
  };
  signal?.addEventListener('abort', stopStarted);
  try {
    for (const job of jobs) {
      const previous = started.at(-1);
      if (previous) {
        await previous.read;
        if (!overlap()) await previous.done;
      }
      const beforePrevious = started.at(-2);
      if (beforePrevious) await beforePrevious.done;
      if (signal?.aborted) throw new SearchIndexError(stopped);
      started.push(start(job));
    }
    // The first failure stops the rest at once.
    await Promise.all(started.map((run) => run.done));
  } catch (error) {
    stopStarted();
    // Gone, not only told to go: the caller may remove the folder they were writing into.
    await Promise.allSettled(started.map((run) => run.done));
    throw error;
  } finally {
    signal?.removeEventListener('abort', stopStarted);
  }
}

/** Stops every Pagefind process this module started. */
export function stopAll(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** What Pagefind said about a failure: its `Error:` lines, else its last lines. */
function failureOf(lines: readonly string[]): string {
  const errors = lines.filter((line) => /^error\b/i.test(line));
  // It prints some errors on both of its outputs.
  const said = [...new Set(errors.length > 0 ? errors : lines.slice(-3))].join(' ');
  return said === '' ? 'it exited without saying why' : said;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Pagefind reads `PAGEFIND_*` variables as settings: none of the caller's may change the index. */
function pagefindEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^PAGEFIND_/i.test(name)));
}

let binary: string | undefined;
/**
 * The Pagefind binary, found as the `pagefind` package finds it (`lib/resolveBinary.js`, which it
 * does not export): a `PAGEFIND_EXTENDED_BINARY_PATH` or `PAGEFIND_BINARY_PATH` variable, else the
 * platform package installed beside it.
 */
function pagefindBinary(): string {
  binary ??= findPagefindBinary();
  return binary;
}

function findPagefindBinary(): string {
  const names = ['pagefind_extended', 'pagefind'];
  for (const name of names) {
    const fromEnv = process.env[`${name.toUpperCase()}_BINARY_PATH`];
    if (fromEnv) return fromEnv;
  }
  const fromPagefind = createRequire(join(pagefindPackage().dir, 'package.json'));
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const cpu = process.env.npm_config_arch || process.arch;
  for (const name of names) {
    const file = platform === 'windows' ? `${name}.exe` : name;
    try {
      return fromPagefind.resolve(`@pagefind/${platform}-${cpu}/bin/${file}`);
    } catch {
      // Try the next name.
    }
  }
  throw new SearchIndexError(`Pagefind has no binary installed for ${platform}-${cpu}`);
}

let installed: { readonly dir: string; readonly version: string } | undefined;
/** The installed `pagefind` package's folder and version (its exports hide `package.json` from `require`). */
export function pagefindPackage(): { readonly dir: string; readonly version: string } {
  if (installed !== undefined) return installed;
  for (const dir of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    const file = join(dir, 'pagefind', 'package.json');
    if (!existsSync(file)) continue;
    const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
    if (typeof version !== 'string') break;
    // Its real folder: under pnpm, the platform package lies beside that, not beside the link.
    installed = { dir: realpathSync(join(dir, 'pagefind')), version };
    return installed;
  }
  throw new Error('cannot find the installed pagefind package');
}
