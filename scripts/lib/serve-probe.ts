import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

export interface ServeProbe {
  /** Seconds from starting `serve` to its server listening (the first, full build). */
  readonly startupSeconds: number;
  /** Milliseconds from writing the edit to the served page containing the new text. */
  readonly visibleMilliseconds: number;
  /** What `serve` printed once the whole rebuild was done (its own timing). */
  readonly rebuildLine: string;
}

export interface ServeProbeRequest {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** The file to edit once the server is up. */
  readonly file: string;
  /** Turns the file's text into the edited text; must insert `token`. */
  readonly edit: (text: string) => string;
  readonly token: string;
  /** Root-relative URL of the page that must show the token. */
  readonly page: string;
  /** Give up after this long (the whole probe, start-up included). */
  readonly timeoutMs: number;
}

/**
 * Starts `communique serve`, waits until it listens, edits one release file and polls the served
 * page until it contains the new text: the time a press officer waits to see an edit.
 */
export async function probeServe(request: ServeProbeRequest): Promise<ServeProbe> {
  const started = performance.now();
  const child = spawn(request.command, [...request.args], {
    cwd: request.cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    output += chunk;
  });
  try {
    const base = await waitFor(child, () => /Serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1], {
      deadline: started + request.timeoutMs,
      what: 'serve to start',
    });
    const startupSeconds = (performance.now() - started) / 1000;
    const before = output.length;
    const edited = request.edit(readFileSync(request.file, 'utf8'));
    if (!edited.includes(request.token)) throw new Error('the edit does not insert the token');
    const written = performance.now();
    writeFileSync(request.file, edited);
    await waitFor(
      child,
      async () => ((await fetchText(`${base}${request.page}`))?.includes(request.token) ? true : undefined),
      { deadline: started + request.timeoutMs, what: `${request.page} to show the edit`, everyMs: 10 },
    );
    const visibleMilliseconds = performance.now() - written;
    // Serve prints its own line once the whole rebuild (lists, feeds, sitemap) is done.
    const rebuildLine = await waitFor(
      child,
      () =>
        output
          .slice(before)
          .split('\n')
          .find((line) => line.includes('Rebuilt') || line.includes('Updated'))
          ?.trim(),
      { deadline: started + request.timeoutMs, what: 'serve to finish the rebuild' },
    );
    return { startupSeconds, visibleMilliseconds, rebuildLine };
  } finally {
    child.kill('SIGINT');
    await new Promise((resolve) => {
      if (child.exitCode !== null) resolve(undefined);
      else child.once('exit', resolve);
    });
  }
}

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return await response.text();
  } catch {
    return undefined;
  }
}

async function waitFor<T>(
  child: ChildProcess,
  probe: () => T | undefined | Promise<T | undefined>,
  options: { deadline: number; what: string; everyMs?: number },
): Promise<T> {
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`serve exited (${child.exitCode}) while waiting for ${options.what}`);
    const value = await probe();
    if (value !== undefined) return value;
    if (performance.now() > options.deadline) throw new Error(`timed out waiting for ${options.what}`);
    await new Promise((resolve) => setTimeout(resolve, options.everyMs ?? 100));
  }
}
