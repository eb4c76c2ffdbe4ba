import { spawnSync } from 'node:child_process';

/** Hugo on the PATH (Debian's `hugo` package), with its version, or undefined. */
export function findHugo(): { path: string; version: string } | undefined {
  const found = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) return undefined;
  const version = /v(\d+\.\d+\.\d+)/.exec(found.stdout)?.[1] ?? 'unknown version';
  return { path: 'hugo', version };
}
