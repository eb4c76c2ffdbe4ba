import { parseInstant } from './instant.ts';
import type { ReleaseMeta } from './press-room.ts';

/**
 * The instant from which a release may appear anywhere: the later of `date` and `embargo`.
 * Undefined when neither can be read (such a release is never published: check reports why).
 */
export function publishesAt(meta: ReleaseMeta): number | undefined {
  const date = parseInstant(meta.date)?.epochMilliseconds;
  if (date === undefined) return undefined;
  if (meta.embargo === undefined) return date;
  const embargo = parseInstant(meta.embargo)?.epochMilliseconds;
  return embargo === undefined ? undefined : Math.max(date, embargo);
}

/** Whether a release may appear in any output built at `now`: not a draft, embargo and date passed. */
export function isPublished(meta: ReleaseMeta, now: Date): boolean {
  if (meta.draft) return false;
  const at = publishesAt(meta);
  return at !== undefined && at <= now.getTime();
}
