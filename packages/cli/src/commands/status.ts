import { translationStatus } from '@communique/core';
import { parseNow } from '../build/options.ts';
import { loadContent } from '../content-dir.ts';
import { type Io, UsageError } from '../io.ts';
import { formatStatusPretty } from '../status/format-status.ts';
import { parseFormat } from './check.ts';

export type StatusOptions = Readonly<Record<string, string | boolean | undefined>>;

/** `communique status`: the translation matrix, plus drafts and embargoed releases with when they publish. */
export function runStatus(io: Io, positionals: string[], options: StatusOptions): number {
  if (positionals.length > 0)
    throw new UsageError(`\`status\` takes no arguments, got \`${positionals.join(' ')}\``);
  const format = parseFormat(
    typeof options.format === 'string' ? options.format : undefined,
    ['pretty', 'json'] as const,
    'pretty',
  );
  const now = parseNow(typeof options.now === 'string' ? options.now : undefined) ?? new Date();
  const room = loadContent(io, typeof options.content === 'string' ? options.content : undefined);
  const statuses = translationStatus(room, now);
  const languages = room.site?.languages ?? [];
  const required = room.site?.requiredLanguages ?? [];
  if (format === 'json') {
    io.stdout(
      `${JSON.stringify({ now: now.toISOString(), languages, requiredLanguages: required, releases: statuses }, null, 2)}\n`,
    );
  } else {
    io.stdout(formatStatusPretty(statuses, languages, required, io.colour));
  }
  return 0;
}
