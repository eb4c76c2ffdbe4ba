import {
  checkPressRoom,
  DiskStore,
  FrontMatterCache,
  hasErrors,
  loadPressRoom,
  type PressRoom,
  releaseCheckCache,
} from '@communique/core';
import { resolveCache } from '../build/options.ts';
import { contentDir } from '../content-dir.ts';
import {
  type DiagnosticFormat,
  diagnosticFormats,
  formatGithub,
  formatJson,
  formatPretty,
} from '../format/diagnostics.ts';
import { type Io, UsageError } from '../io.ts';

export interface CheckOptions {
  readonly content?: string | undefined;
  readonly format?: string | undefined;
  /** `--cache <dir>`: the content cache `build` keeps (default `node_modules/.cache/communique`). */
  readonly cache?: string | boolean | undefined;
  /** `--no-cache`: check every release, read and write no cache. */
  readonly noCache?: string | boolean | undefined;
}

export function parseFormat<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `unexpected --format \`${value}\`, expected ${allowed.map((f) => `\`${f}\``).join(' or ')}`,
  );
}

/** Number of files a check looked at: registries plus every language version. */
export function filesChecked(room: PressRoom): number {
  const registries = [room.siteSource, room.people.source, room.organisations.source].filter(Boolean).length;
  return registries + room.releases.reduce((sum, release) => sum + release.versions.length, 0);
}

/**
 * `communique check`: validates everything; exit 1 on any error. With the content cache (the one
 * `build` keeps), a release whose files and references have not changed since it was last checked
 * is not checked again: its diagnostics come from the cache, as in a build.
 */
export function runCheck(io: Io, options: CheckOptions): number {
  const format: DiagnosticFormat = parseFormat(options.format, diagnosticFormats, 'pretty');
  const content = contentDir(io, options.content);
  const cacheDir = resolveCache(io.cwd, content, options.cache, options.noCache);
  const room = loadPressRoom(
    content,
    cacheDir === undefined
      ? { readAhead: true }
      : { readAhead: true, frontMatterCache: new FrontMatterCache(cacheDir) },
  );
  const cache =
    cacheDir === undefined ? undefined : releaseCheckCache(room, { store: new DiskStore(cacheDir) });
  const diagnostics = checkPressRoom(room, { dropTrees: true, ...(cache ? { cache } : {}) });
  if (format === 'json') io.stdout(formatJson(diagnostics, io.cwd));
  else if (format === 'github') io.stdout(formatGithub(diagnostics, io.cwd));
  else io.stdout(formatPretty(diagnostics, io.cwd, io.colour, filesChecked(room)));
  return hasErrors(diagnostics) ? 1 : 0;
}
