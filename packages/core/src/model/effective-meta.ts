import type { ReleaseMeta, ReleaseVersion, VersionMedia } from './press-room.ts';
import type { OriginalFrontMatter, TranslationFrontMatter } from './schemas.ts';

/**
 * A version's metadata: shared fields from the original, translatable ones from the version.
 * Media and changes match the original's by position; alt text never falls back to another
 * language (a missing one is a `media-alt` error), captions and notes do.
 */
export function effectiveMeta(original: ReleaseVersion, version: ReleaseVersion): ReleaseMeta | undefined {
  const base = original.own as OriginalFrontMatter | undefined;
  if (!base || !version.own) return undefined;
  if (version === original) return metaOf(base, base);
  return metaOf(base, version.own as TranslationFrontMatter);
}

function metaOf(base: OriginalFrontMatter, own: OriginalFrontMatter | TranslationFrontMatter): ReleaseMeta {
  const media: VersionMedia[] = (base.media ?? []).map((entry, index) => {
    const local = own === base ? entry : own.media?.[index];
    return {
      file: entry.file,
      alt: local?.alt,
      caption: local?.caption ?? entry.caption,
      credit: entry.credit,
    };
  });
  const changes = (base.changes ?? []).map((entry, index) => ({
    date: entry.date,
    note: own.changes?.[index]?.note ?? entry.note,
  }));
  return {
    type: base.type ?? 'press-release',
    title: own.title,
    summary: own.summary,
    date: base.date,
    embargo: base.embargo,
    updated: base.updated,
    draft: base.draft ?? false,
    dateline: { city: own.dateline?.city ?? base.dateline.city, country: base.dateline.country },
    organisations: base.organisations,
    contacts: base.contacts ?? [],
    figures: base.figures ?? {},
    topics: base.topics ?? [],
    media,
    changes,
  };
}
