import { parseInstant } from '@communique/core';
import type { FormattedInstant, ReleasePage } from '../model/types.ts';

/**
 * An instant as RFC 3339 requires it (feeds, ninjs, sitemaps): front matter may leave out the
 * seconds (`2024-04-16T09:00+03:00`), RFC 3339 may not. The offset it was written with is kept.
 */
export function rfc3339(instant: FormattedInstant): string {
  const parsed = parseInstant(instant.datetime);
  return parsed ? `${parsed.local}${parsed.offset}` : new Date(instant.epochMilliseconds).toISOString();
}

/** When a version last changed: the latest of its date, `updated` and change notes. */
export function lastModified(page: ReleasePage): FormattedInstant {
  let latest = page.published;
  for (const candidate of [page.updated, ...page.changes.map((change) => change.date)]) {
    if (candidate && candidate.epochMilliseconds > latest.epochMilliseconds) latest = candidate;
  }
  return latest;
}
