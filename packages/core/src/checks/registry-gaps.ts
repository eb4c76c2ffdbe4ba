import { diagnostic } from '../diagnostics/diagnostic.ts';
import type { YamlSource } from '../load/yaml-source.ts';
import type { LocalisedText } from '../model/schemas.ts';
import type { Check, Report } from './context.ts';

/**
 * Per-language registry texts (roles, organisation names, "About", topic labels) that a published version needs
 * in its language but that fall back to another one. Reported once per entry, field and language.
 */
export const checkRegistryGaps: Check = (room, report) => {
  const seen = new Set<string>();
  const gap = (
    source: YamlSource | undefined,
    path: string[],
    text: LocalisedText | undefined,
    lang: string,
    releaseId: string,
  ) => {
    if (!source || text === undefined || typeof text === 'string' || lang in text) return;
    const key = `${path.join('.')}@${lang}`;
    if (seen.has(key)) return;
    seen.add(key);
    reportGap(report, source, path, lang, releaseId);
  };
  for (const release of room.releases) {
    for (const version of release.versions) {
      const meta = version.meta;
      if (!meta || meta.draft) continue;
      for (const id of meta.contacts)
        gap(room.people.source, [id, 'role'], room.people.entries[id]?.role, version.lang, release.id);
      for (const id of meta.organisations) {
        const organisation = room.organisations.entries[id];
        for (const field of ['name', 'about'] as const)
          gap(room.organisations.source, [id, field], organisation?.[field], version.lang, release.id);
      }
      for (const id of meta.topics)
        gap(room.siteSource, ['topics', id], room.site?.topics?.[id], version.lang, release.id);
    }
  }
};

function reportGap(
  report: Report,
  source: YamlSource,
  path: string[],
  lang: string,
  releaseId: string,
): void {
  report(
    diagnostic(
      'registry-gap',
      source.placeOf(path),
      `\`${path.join('.')}\` has no \`${lang}\` text, which the ${lang} version of \`${releaseId}\` shows: add \`${lang}: ...\``,
    ),
  );
}
