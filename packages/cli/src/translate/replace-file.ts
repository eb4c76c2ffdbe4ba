import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';

/**
 * Replaces a file's content all at once: written beside it under a temporary name, then renamed
 * over it, so a crash or a full disk leaves either the old file or the new one, never half of
 * either. The file keeps its permissions.
 */
export function replaceFileAtomically(file: string, text: string, temporaryPrefix: string): void {
  const mode = statSync(file).mode & 0o777;
  const temporary = `${temporaryPrefix}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, text, { flag: 'wx', mode });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
