import { Temporal } from 'temporal-polyfill';
import { diagnostic } from '../diagnostics/diagnostic.ts';
import { directiveUses } from '../markdown/directives.ts';
import { parseDateOrRange, parseInstant, type WrittenInstant } from '../model/instant.ts';
import type { ReleaseVersion } from '../model/press-room.ts';
import type { OriginalFrontMatter, TranslationFrontMatter } from '../model/schemas.ts';
import { bodyPlace, type Check, type Report } from './context.ts';

const instantFields = ['date', 'embargo', 'updated'] as const;

/** Front matter instants are ISO 8601 with an offset, in order; `:date[]` values are real dates. */
export const checkDates: Check = (room, report) => {
  for (const release of room.releases) {
    for (const version of release.versions) {
      checkFrontMatterDates(version, report);
      checkBodyDates(version, report);
    }
  }
};

function readInstant(
  version: ReleaseVersion,
  path: (string | number)[],
  text: string,
  report: Report,
): WrittenInstant | undefined {
  const instant = parseInstant(text);
  if (!instant) {
    const example = /^\d{4}-\d{2}-\d{2}$/.test(text.trim())
      ? `${text.trim()}T09:00:00+00:00`
      : '2025-03-14T09:00:00+01:00';
    report(
      diagnostic(
        'date-format',
        version.yaml.placeOf(path),
        `\`${path.join('.')}\` is \`${text}\`, not an ISO 8601 date-time with an offset such as \`${example}\``,
      ),
    );
  }
  return instant;
}

function checkFrontMatterDates(version: ReleaseVersion, report: Report): void {
  const own = version.own as (OriginalFrontMatter & TranslationFrontMatter) | undefined;
  if (!own) return;
  const instants: Partial<Record<(typeof instantFields)[number], WrittenInstant>> = {};
  for (const field of instantFields) {
    const text = own[field];
    if (text !== undefined) {
      const instant = readInstant(version, [field], text, report);
      if (instant) instants[field] = instant;
    }
  }
  const changes = (own.changes ?? []).map((change, index) =>
    change.date === undefined
      ? undefined
      : readInstant(version, ['changes', index, 'date'], change.date, report),
  );
  const { date, updated } = instants;
  if (date && updated && updated.epochMilliseconds < date.epochMilliseconds) {
    report(
      diagnostic(
        'date-order',
        version.yaml.placeOf(['updated']),
        `\`updated\` (${updated.written}) is before \`date\` (${date.written})`,
        version.yaml.placeOf(['date']),
      ),
    );
  }
  if (updated && version.source === undefined && (own.changes ?? []).length === 0) {
    report(
      diagnostic(
        'schema',
        version.yaml.placeOf(['updated'], 'key'),
        '`updated` needs a `changes` entry that tells readers what changed',
      ),
    );
  }
  let previous: WrittenInstant | undefined;
  changes.forEach((change, index) => {
    if (!change) return;
    if (date && change.epochMilliseconds < date.epochMilliseconds) {
      report(
        diagnostic(
          'date-order',
          version.yaml.placeOf(['changes', index, 'date']),
          `Change ${index + 1} (${change.written}) is dated before the release \`date\` (${date.written})`,
          version.yaml.placeOf(['date']),
        ),
      );
    } else if (previous && change.epochMilliseconds < previous.epochMilliseconds) {
      report(
        diagnostic(
          'date-order',
          version.yaml.placeOf(['changes', index, 'date']),
          `Change ${index + 1} (${change.written}) is older than change ${index}: list changes oldest first`,
        ),
      );
    }
    previous = change;
  });
}

function checkBodyDates(version: ReleaseVersion, report: Report): void {
  for (const use of directiveUses(version.tree).dates) {
    const place = bodyPlace(version, use.node.position?.start);
    const parsed = parseDateOrRange(use.text);
    if (!parsed) {
      report(
        diagnostic(
          'date-format',
          place,
          `\`:date[${use.text}]\` is not a real date \`YYYY-MM-DD\` or an interval \`YYYY-MM-DD/YYYY-MM-DD\``,
        ),
      );
    } else if (parsed.kind === 'range' && Temporal.PlainDate.compare(parsed.end, parsed.start) < 0) {
      report(
        diagnostic(
          'date-order',
          place,
          `\`:date[${use.text}]\` ends before it starts: write the earlier date first`,
        ),
      );
    }
  }
}
