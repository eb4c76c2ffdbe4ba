import { type ReleaseVersion, textFingerprint } from '@communique/core';
import { stringify } from 'yaml';

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function entries(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map((item) => record(item) ?? {}) : [];
}

/** The translatable fields a translator overwrites, in the source's language. */
function translatableFields(source: ReleaseVersion, original: ReleaseVersion | undefined) {
  const raw = source.raw;
  const fields: Record<string, unknown> = { title: raw.title, summary: raw.summary };
  const city = source.meta?.dateline.city ?? record(raw.dateline)?.city;
  if (typeof city === 'string') fields.dateline = { city };
  // Media and change notes match the original's by position: one entry for each of the original's.
  const media = source.meta?.media ?? entries(raw.media ?? original?.raw.media);
  const copied = media.map((m) => ({
    ...(typeof m.file === 'string' ? { file: m.file } : {}),
    ...(typeof m.alt === 'string' ? { alt: m.alt } : {}),
    ...(typeof m.caption === 'string' ? { caption: m.caption } : {}),
  }));
  if (copied.length > 0) fields.media = copied;
  const notes = source.meta?.changes ?? entries(raw.changes ?? original?.raw.changes);
  if (notes.length > 0) fields.changes = notes.map((change) => ({ note: change.note }));
  return fields;
}

/**
 * A new translation of `source`: `source` and `sourceHash` (its fingerprint now), the translatable
 * fields copied for the translator to overwrite, then the source's body. Shared fields are not
 * copied: they are inherited from the original.
 */
export function scaffoldTranslation(source: ReleaseVersion, original: ReleaseVersion | undefined): string {
  // The hash is quoted: an all-digit hash would otherwise be read back as a YAML number.
  const head = `source: ${source.lang}\nsourceHash: "${textFingerprint(source)}"\n`;
  const fields = stringify(translatableFields(source, original), { lineWidth: 0 });
  const body = source.body.startsWith('\n') ? source.body.slice(1) : source.body;
  return `---\n${head}${fields}---\n${body}`;
}
