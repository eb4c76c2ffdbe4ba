import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';

export interface ServeProbe {
  /** Seconds from starting `serve` to its server listening (the first, full build). */
  readonly startupSeconds: number;
  /** Milliseconds from writing the edit to the served page containing the new text. */
  readonly visibleMilliseconds: number;
  /**
   * Milliseconds from writing the edit to an open copy of the page being told to reload (its live
   * reload stream) and being answered the new text: what a press officer with the page open sees.
   */
  readonly reloadedMilliseconds: number;
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
    // The page is open, as in a browser: asked for, then the reload stream it names opened.
    const events = /new EventSource\(("[^"]+")\)/.exec(
      (await fetchText(`${base}${request.page}`)) ?? '',
    )?.[1];
    if (!events) throw new Error(`${request.page} has no live reload stream`);
    let reloaded: number | undefined;
    let written = Number.POSITIVE_INFINITY;
    const stream = openReloadStream(`${base}${JSON.parse(events) as string}`, () => {
      void fetchText(`${base}${request.page}`).then((text) => {
        if (reloaded === undefined && text?.includes(request.token)) reloaded = performance.now() - written;
      });
    });
    await stream.opened;
    written = performance.now();
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
    const reloadedMilliseconds = await waitFor(child, () => reloaded, {
      deadline: started + request.timeoutMs,
      what: 'the open page to reload with the edit',
    });
    stream.close();
    return { startupSeconds, visibleMilliseconds, reloadedMilliseconds, rebuildLine };
  } finally {
    child.kill('SIGINT');
    await new Promise((resolve) => {
      if (child.exitCode !== null) resolve(undefined);
      else child.once('exit', resolve);
    });
  }
}

/** Listens to a page's live reload stream, calling `onReload` at each reload it is told. */
function openReloadStream(url: string, onReload: () => void): { opened: Promise<unknown>; close(): void } {
  const stream = httpRequest(url, (response) => {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      if (chunk.includes('data: reload')) onReload();
    });
  });
  stream.on('error', () => {});
  stream.end();
  return {
    opened: new Promise((resolve) => stream.once('response', resolve)),
    close: () => stream.destroy(),
  };
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
