import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPressRoom, type PressRoom } from '@communique/core';
import { type Io, UsageError } from './io.ts';

/** Resolves `--content` against the working directory and makes sure it is a folder. */
export function contentDir(io: Io, option: string | undefined): string {
  const dir = resolve(io.cwd, option ?? 'content');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(
      `content folder \`${option ?? 'content'}\` does not exist (looked in ${dir}); pass --content <dir>`,
    );
  }
  return dir;
}

export function loadContent(io: Io, option: string | undefined): PressRoom {
  return loadPressRoom(contentDir(io, option));
}
