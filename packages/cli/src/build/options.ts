import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseInstant } from '@communique/core';
import { UsageError } from '../io.ts';

/** `--now <instant>`: a strict ISO 8601 instant with an offset, like every date in the content. */
export function parseNow(value: string | boolean | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const instant = typeof value === 'string' ? parseInstant(value) : undefined;
  if (!instant) {
    throw new UsageError(
      `unexpected --now \`${String(value)}\`, expected an ISO 8601 instant with an offset such as \`2026-03-01T09:00:00Z\``,
    );
  }
  return new Date(instant.epochMilliseconds);
}

export function stringOption(name: string, value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} needs a value`);
  return value;
}

export function resolveOut(cwd: string, value: string | boolean | undefined, fallback: string): string {
  return resolve(cwd, stringOption('out', value) ?? fallback);
}

/** `--port <n>`: 0 (any free port) to 65535. */
export function parsePort(value: string | boolean | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new UsageError(`unexpected --port \`${String(value)}\`, expected a number from 0 to 65535`);
  }
  return port;
}

/** Where the content cache lives unless `--cache` says otherwise, relative to the working directory. */
export const defaultCacheDir = 'node_modules/.cache/communique';

/**
 * `--cache <dir>` / `--no-cache`: the content cache folder, or undefined for none. Never inside the
 * content folder (serve would see its own writes as edits).
 */
export function resolveCache(
  cwd: string,
  content: string,
  value: string | boolean | undefined,
  disabled: string | boolean | undefined,
): string | undefined {
  if (disabled === true) {
    if (value !== undefined) throw new UsageError('pass either --cache <dir> or --no-cache, not both');
    return undefined;
  }
  const dir = resolve(cwd, stringOption('cache', value) ?? defaultCacheDir);
  const rel = relative(content, dir);
  if (rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))) {
    throw new UsageError(`--cache \`${dir}\` is inside the content folder; pass a folder outside it`);
  }
  return dir;
}
