import { type ReleaseVersion, textFingerprint } from '@communique/core';
import { stringify } from 'yaml';

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
    : [];
}

/**
 * A new translation of `source`: its translatable fields copied for the translator to overwrite,
 * `source` and `sourceHash` recorded, then the source body. Shared fields are not copied: they
 * are inherited from the original.
 */
export function scaffoldTranslation(source: ReleaseVersion): string {
  const raw = source.raw;
  const front: Record<string, unknown> = {
    sourceHash: textFingerprint(source),
    title: raw.title,
    summary: raw.summary,
  };
  const city = source.meta?.dateline.city;
  if (city !== undefined) front.dateline = { city };
  const media = (source.meta?.media ?? []).map((m) => ({
    file: m.file,
    ...(m.alt !== undefined ? { alt: m.alt } : {}),
    ...(m.caption !== undefined ? { caption: m.caption } : {}),
  }));
  if (media.length > 0) front.media = media;
  const changes = list(raw.changes).length > 0 ? list(raw.changes) : (source.meta?.changes ?? []);
  if (changes.length > 0) front.changes = changes.map((c) => ({ note: c.note }));
  const { sourceHash, ...rest } = front;
  // The hash is quoted: an all-digit hash would otherwise be read back as a YAML number.
  const yaml = `sourceHash: "${String(sourceHash)}"\n${stringify(rest, { lineWidth: 0 })}`;
  return `---\nsource: ${source.lang}\n${yaml}---\n${source.body.startsWith('\n') ? source.body.slice(1) : source.body}`;
}
