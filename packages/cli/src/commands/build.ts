import { assertReplaceable } from '../build/atomic-output.ts';
import { parseNow, resolveCache, resolveOut } from '../build/options.ts';
import { checkAndPublish } from '../build/publish.ts';
import { reportOutcome } from '../build/report.ts';
import { contentDir } from '../content-dir.ts';
import { type Io, UsageError } from '../io.ts';

export type BuildOptions = Readonly<Record<string, string | boolean | undefined>>;

/** Where `build` writes unless told otherwise, relative to the working directory. */
export const defaultOut = 'site/_site';

/**
 * `communique build`: checks, then builds the site into a temporary folder beside `--out` and
 * swaps it in only when everything succeeded. Exit 1 (output untouched) on any error.
 */
export async function runBuild(io: Io, positionals: string[], options: BuildOptions): Promise<number> {
  if (positionals.length > 0)
    throw new UsageError(`\`build\` takes no arguments, got \`${positionals.join(' ')}\``);
  const preview = options.preview === true;
  if (preview && options.out === undefined) {
    throw new UsageError(
      `--preview needs --out <dir>: a preview includes drafts and embargoed releases and must never land in ${defaultOut}`,
    );
  }
  const now = parseNow(options.now) ?? new Date();
  const content = contentDir(io, typeof options.content === 'string' ? options.content : undefined);
  const outDir = resolveOut(io.cwd, options.out, defaultOut);
  assertReplaceable(outDir, [content, io.cwd]);
  const cacheDir = resolveCache(io.cwd, content, options.cache, options['no-cache']);
  const holdBeforeSwap = io.env.COMMUNIQUE_TEST_HOLD_BEFORE_SWAP === '1';
  const outcome = await checkAndPublish({
    contentDir: content,
    outDir,
    now,
    preview,
    cacheDir,
    checkAhead: {},
    ...(holdBeforeSwap ? { beforeSwap: () => hold(io) } : {}),
  });
  reportOutcome(io, outcome, outDir, preview);
  return outcome.ok ? 0 : 1;
}

/** Test hook: stop for good between writing the new site and swapping it in, to be killed there. */
function hold(io: Io): Promise<void> {
  io.stderr('holding before swap\n');
  return new Promise(() => {
    setInterval(() => {}, 60_000);
  });
}
