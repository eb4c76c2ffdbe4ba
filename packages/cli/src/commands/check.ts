import { checkPressRoom, hasErrors, type PressRoom } from '@communique/core';
import { loadContent } from '../content-dir.ts';
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

/** `communique check`: validates everything; exit 1 on any error. */
export function runCheck(io: Io, options: CheckOptions): number {
  const format: DiagnosticFormat = parseFormat(options.format, diagnosticFormats, 'pretty');
  const room = loadContent(io, options.content);
  const diagnostics = checkPressRoom(room, { dropTrees: true });
  if (format === 'json') io.stdout(formatJson(diagnostics, io.cwd));
  else if (format === 'github') io.stdout(formatGithub(diagnostics, io.cwd));
  else io.stdout(formatPretty(diagnostics, io.cwd, io.colour, filesChecked(room)));
  return hasErrors(diagnostics) ? 1 : 0;
}
