import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { assertReplaceable } from '../build/atomic-output.ts';
import { parseNow, parsePort, resolveCache, resolveOut } from '../build/options.ts';
import { reportOutcome } from '../build/report.ts';
import { contentDir } from '../content-dir.ts';
import { CommandError, type Io, internalErrorStatus, UsageError } from '../io.ts';
import { failurePage, problemsOf } from '../serve/failure-page.ts';
import { PreviewServer } from '../serve/preview-server.ts';
import { ServeSession } from '../serve/session.ts';
import { type ContentChanges, watchContent } from '../serve/watch-content.ts';

export type ServeOptions = Readonly<Record<string, string | boolean | undefined>>;

export const defaultPort = 8080;

/**
 * `communique serve`: builds (checks first) into a temporary folder, serves it on loopback and
 * rebuilds on every content change, reloading open pages. Never writes to the published folder
 * unless `--out` says so. Runs until interrupted.
 */
export async function runServe(io: Io, positionals: string[], options: ServeOptions): Promise<number> {
  if (positionals.length > 0)
    throw new UsageError(`\`serve\` takes no arguments, got \`${positionals.join(' ')}\``);
  const port = parsePort(options.port, defaultPort);
  const fixedNow = parseNow(options.now);
  const preview = options.preview === true;
  const content = contentDir(io, typeof options.content === 'string' ? options.content : undefined);
  const cacheDir = resolveCache(io.cwd, content, options.cache, options['no-cache']);
  const scratch = options.out === undefined ? scratchFolder(cacheDir) : undefined;
  const outDir = scratch ? join(scratch, 'site') : resolveOut(io.cwd, options.out, '');
  if (!scratch) assertReplaceable(outDir, [content, io.cwd]);
  // Listen for Ctrl+C before anything else: a signal that comes before would kill the process
  // without cleaning up.
  const stop = interrupted();
  // Without its web server serve shows nothing: it stops, and says why.
  let crashed = false;
  const server = new PreviewServer(outDir, (error) => {
    crashed = true;
    io.stderr(
      `communique serve: internal error, please report it with the command you ran: the local web server stopped, so serve stops too:\n${error.stack ?? error.message}\n`,
    );
    stop.cancel();
  });

  let stopping = false;
  const session = new ServeSession({
    contentDir: content,
    outDir,
    now: () => fixedNow ?? new Date(),
    preview,
    cacheDir,
    // The edited release's pages are written before the lists: open ones reload right away.
    onEditedPagesWritten: () => server.show(undefined),
    onSearchIndex: (outcome) => {
      if (stopping) return;
      if (outcome.ok)
        io.stdout(
          `✔ Search index updated (${outcome.pages} pages) in ${(outcome.milliseconds / 1000).toFixed(1)} s\n`,
        );
      else
        io.stderr(
          `communique serve: the search index could not be updated: ${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}\n`,
        );
    },
  });
  const rebuild = async (changes: ContentChanges | undefined): Promise<void> => {
    try {
      const outcome = changes ? await session.update(changes) : await session.full();
      if (!changes || !outcome.ok) reportOutcome(io, outcome, outDir, preview);
      else if (outcome.partial)
        io.stdout(`✔ Updated ${outcome.pages} pages in ${Math.round(outcome.milliseconds)} ms\n`);
      else io.stdout(`✔ Rebuilt ${outcome.pages} pages in ${(outcome.milliseconds / 1000).toFixed(1)} s\n`);
      server.show(outcome.ok ? undefined : failurePage(problemsOf(outcome.diagnostics, io.cwd)));
    } catch (error) {
      // Keep serving whatever happened: a content problem (two pages at one URL) or a bug.
      const message =
        error instanceof CommandError
          ? error.message
          : `internal error, please report it: ${error instanceof Error ? error.stack : String(error)}`;
      io.stderr(`communique serve: ${message}\n`);
      server.show(failurePage([{ message }]));
    }
  };

  let actualPort: number;
  try {
    await rebuild(undefined);
    session.warmUp();
    actualPort = await server.listen(port);
  } catch (error) {
    await server.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    stop.cancel();
    throw error;
  }
  const watcher = watchContent(content, (changes) => rebuild(changes));
  io.stdout(
    `Serving http://127.0.0.1:${actualPort}/${preview ? ' (preview: drafts and embargoed releases shown, with a banner)' : ''}\nWatching ${relative(io.cwd, content) || '.'} for changes; press Ctrl+C to stop.\n`,
  );
  await stop;
  watcher.close();
  // A search index refresh still running gets a moment, then is left behind: the live index is
  // whole (a refresh swaps its new one in only when done), and Ctrl+C must not wait for Pagefind
  // to index a large room again: its Pagefind processes are stopped.
  const settled = await Promise.race([
    session.idle().then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), stopGraceMs).unref()),
  ]);
  stopping = true;
  if (!settled) await (await import('@communique/site/build')).stopSearchIndexing();
  await server.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  else if (!existsSync(outDir)) io.stderr(`communique serve: ${outDir} was not built\n`);
  return crashed ? internalErrorStatus : 0;
}

/** How long stopping waits for a search index refresh to finish. */
const stopGraceMs = 2000;

/** Resolves on the first SIGINT or SIGTERM; `cancel` stops listening. */
function interrupted(): Promise<void> & { cancel(): void } {
  let stop = () => {};
  const promise = new Promise<void>((resolve) => {
    stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return Object.assign(promise, { cancel: stop });
}

/**
 * The temporary folder serve builds into: inside the cache folder when there is one, so that the
 * pages it holds are hard-linked there rather than copied from another file system (a room of
 * 50,000 pages took minutes to copy from a cache on tmpfs to a /tmp on disk), else in the system's
 * temporary folder. Its name holds the process id: folders left by a serve that was killed are
 * removed by the next one.
 */
function scratchFolder(cacheDir: string | undefined): string {
  if (cacheDir !== undefined) {
    try {
      const parent = join(cacheDir, 'serve');
      mkdirSync(parent, { recursive: true });
      removeAbandoned(parent);
      return mkdtempSync(join(parent, `communique-serve-${process.pid}-`));
    } catch {
      // A cache folder that cannot be written: the system's temporary folder will do.
    }
  }
  return mkdtempSync(join(tmpdir(), 'communique-serve-'));
}

/** Removes the folders of serve processes that are gone. */
function removeAbandoned(parent: string): void {
  for (const name of readdirSync(parent)) {
    const pid = Number(/^communique-serve-(\d+)-/.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid > 0 && !isRunning(pid))
      rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
