import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CommandError } from './io.ts';

/** Writes a file that must not exist yet: the `wx` flag makes the check and the write one step. */
export function writeNewFile(file: string, text: string): void {
  try {
    writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      throw new CommandError(`${relative(process.cwd(), file)} already exists; nothing was overwritten`);
    }
    throw error;
  }
}
