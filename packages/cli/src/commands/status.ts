import { translationStatus } from '@communique/core';
import { parseNow } from '../build/options.ts';
import { loadContent } from '../content-dir.ts';
import { CommandError, type Io, UsageError } from '../io.ts';
import { formatStatusPretty } from '../status/format-status.ts';
import { statusJson } from '../status/status-json.ts';
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
  const now = parseNow(options.now) ?? new Date();
  const room = loadContent(io, typeof options.content === 'string' ? options.content : undefined);
  if (!room.site)
    throw new CommandError(
      'there is no valid `site.yaml`, so no site languages to show: run `communique check` to see why',
    );
  const statuses = translationStatus(room, now);
  const languages = room.site.languages;
  const required = room.site.requiredLanguages ?? [];
  io.stdout(
    format === 'json'
      ? `${JSON.stringify(statusJson(statuses, languages, required, now), null, 2)}\n`
      : formatStatusPretty(statuses, languages, required, now, io.colour),
  );
  return 0;
}
