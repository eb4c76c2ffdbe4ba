import { constants, copyFileSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writing into an output folder that shares files with the content cache (hard links): a file is
 * never written through, only replaced. Writing through an existing path would change every other
 * name of the same file, the cached copy included.
 */

/**
 * Writes `text` to `target` as a new file, replacing (never truncating) one already there. (Not
 * the CLI's `writeNewFile`, which refuses to touch a file already there: this one is for output.)
 */
export function writeReplacing(target: string, text: string): void {
  try {
    writeFileSync(target, text, { flag: 'wx' });
  } catch (error) {
    if (!isCode(error, 'EEXIST')) throw error;
    replace(target, (temporary) => writeFileSync(temporary, text, { flag: 'wx' }));
  }
}

/**
 * Gives `target` the content of `source` without copying it where the file system can (a hard
 * link: one directory entry instead of the bytes), else by copying; replaces a file already at
 * `target` rather than writing through it. One linker per cache: after the first refusal
 * (another file system, links not supported) it only copies.
 */
export class FileLinker {
  #links = true;

  place(source: string, target: string): void {
    if (this.#links) {
      try {
        linkSync(source, target);
        return;
      } catch (error) {
        if (isCode(error, 'EEXIST')) {
          replace(target, (temporary) => this.place(source, temporary));
          return;
        }
        if (!isCode(error, ...linkRefusals)) throw error;
        this.#links = false;
      }
    }
    try {
      copyFileSync(source, target, constants.COPYFILE_FICLONE | constants.COPYFILE_EXCL);
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error;
      replace(target, (temporary) => this.place(source, temporary));
    }
  }
}

/** What `link` answers when the file system cannot link these two paths: copy instead. */
const linkRefusals = ['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'] as const;

let replacements = 0;

/** Writes a sibling of `target` with `write`, then renames it over `target` (readers see one or the other). */
function replace(target: string, write: (temporary: string) => void): void {
  const temporary = `${target}.${process.pid}-${replacements++}.tmp`;
  try {
    write(temporary);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function isCode(error: unknown, ...codes: readonly string[]): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && codes.includes(code);
}

/** Makes the folders that files go into, each once. */
export class FolderMaker {
  readonly #made = new Set<string>();

  /** Makes the folder of `file` unless this maker made it already. */
  folderOf(file: string): void {
    const folder = dirname(file);
    if (this.#made.has(folder)) return;
    makeFolder(folder);
    this.#made.add(folder);
  }
}

/** Makes a folder whose parent usually exists already (one call instead of a walk up). */
function makeFolder(folder: string): void {
  try {
    mkdirSync(folder);
  } catch (error) {
    if (isCode(error, 'ENOENT')) mkdirSync(folder, { recursive: true });
    else if (!isCode(error, 'EEXIST')) throw error;
  }
}
