import { createHash } from 'node:crypto';
import type { ReleaseVersion } from '../model/press-room.ts';

const fingerprintLength = 12;

function collapse(text: unknown): string {
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
}

function entries(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];
}

/**
 * A fingerprint of a version's translatable text: title, summary, dateline city, body, media alt
 * and captions, change notes. Whitespace-only edits (re-wrapping, trailing spaces) keep it; any
 * other edit changes it. Recorded as `sourceHash` in translations made from this version.
 */
export function textFingerprint(version: ReleaseVersion): string {
  const raw = version.raw;
  const dateline =
    typeof raw.dateline === 'object' && raw.dateline !== null
      ? (raw.dateline as Record<string, unknown>).city
      : undefined;
  const parts = [
    collapse(raw.title),
    collapse(raw.summary),
    collapse(dateline),
    collapse(version.body),
    ...entries(raw.media).flatMap((media) => [collapse(media.alt), collapse(media.caption)]),
    ...entries(raw.changes).map((change) => collapse(change.note)),
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, fingerprintLength);
}
