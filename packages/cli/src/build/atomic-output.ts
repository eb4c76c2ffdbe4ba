import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CommandError } from '../io.ts';
import { removeTree } from './remove-tree.ts';

/** Written into every output folder, so a later build knows the folder is its own to replace. */
export const outputMarker = '.communique-output';

export interface SwapHooks {
  /** Runs after the site is written into the temporary folder, before it is swapped in. */
  readonly beforeSwap?: (() => Promise<void>) | undefined;
}

/**
 * Builds into a fresh folder beside `outDir` and swaps it in (two renames) only when `build`
 * succeeded: a failed or killed build leaves the previous output as it was. Leftovers of killed
 * builds are removed by the next one.
 */
export async function replaceAtomically<T>(
  outDir: string,
  build: (tempDir: string) => Promise<T>,
  hooks: SwapHooks = {},
): Promise<T> {
  const parent = dirname(outDir);
  const base = basename(outDir);
  mkdirSync(parent, { recursive: true });
  await removeLeftovers(parent, base);
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const tempDir = join(parent, `.${base}.building-${tag}`);
  mkdirSync(tempDir);
  let result: T;
  try {
    result = await build(tempDir);
    writeFileSync(
      join(tempDir, outputMarker),
      'Written by `communique build`: the whole folder is replaced at each build.\n',
    );
    await hooks.beforeSwap?.();
  } catch (error) {
    await removeTree(tempDir);
    throw error;
  }
  if (existsSync(outDir)) {
    const oldDir = join(parent, `.${base}.old-${tag}`);
    renameSync(outDir, oldDir);
    renameSync(tempDir, outDir);
    await removeTree(oldDir);
  } else {
    renameSync(tempDir, outDir);
  }
  return result;
}

/**
 * Refuses an output folder that the build would destroy by mistake: one holding the content, the
 * working directory or the site's sources, or a non-empty folder that no build wrote.
 */
export function assertReplaceable(outDir: string, protectedDirs: readonly string[]): void {
  for (const dir of protectedDirs) {
    if (isSameOrInside(resolve(dir), outDir)) {
      throw new CommandError(
        `refusing to write the site into \`${outDir}\`: it holds \`${dir}\`, which the build would replace; pass another --out`,
      );
    }
  }
  if (!existsSync(outDir)) return;
  if (!statSync(outDir).isDirectory()) {
    throw new CommandError(`--out \`${outDir}\` is a file, not a folder; pass a folder`);
  }
  const entries = readdirSync(outDir);
  if (entries.length > 0 && !entries.includes(outputMarker)) {
    throw new CommandError(
      `refusing to replace \`${outDir}\`: it is not empty and no build wrote it (no \`${outputMarker}\`); pass an empty or new folder as --out`,
    );
  }
}

/** Whether `path` is `dir` or somewhere inside it. */
function isSameOrInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

async function removeLeftovers(parent: string, base: string): Promise<void> {
  const pattern = new RegExp(`^\\.${escapeRegExp(base)}\\.(?:building|old)-(\\d+)-`);
  for (const name of readdirSync(parent)) {
    const match = pattern.exec(name);
    if (match && !isRunning(Number(match[1]))) await removeTree(join(parent, name));
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
