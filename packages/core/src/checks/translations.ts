import { diagnostic } from '../diagnostics/diagnostic.ts';
import type { Check } from './context.ts';

/** Every translation's `source` is another version of the folder, without cycles. */
export const checkTranslationSources: Check = (room, report) => {
  for (const release of room.releases) {
    const byLang = new Map(release.versions.map((version) => [version.lang, version]));
    for (const version of release.versions) {
      if (version.source === undefined) continue;
      // Only when reporting: a position parses the YAML again.
      const place = () => version.yaml.placeOf(['source']);
      if (version.source === version.lang) {
        report(
          diagnostic(
            'translation-source',
            place(),
            `\`${version.lang}.md\` names itself as its \`source\`: name the version it was translated from`,
          ),
        );
        continue;
      }
      if (!byLang.has(version.source)) {
        const available = release.versions
          .filter((v) => v !== version)
          .map((v) => `\`${v.lang}\``)
          .join(', ');
        report(
          diagnostic(
            'translation-source',
            place(),
            `\`source: ${version.source}\` names no version of \`${release.id}\`${available ? ` (versions: ${available})` : ''}`,
          ),
        );
        continue;
      }
      const seen = new Set([version.lang]);
      for (
        let next = byLang.get(version.source);
        next?.source !== undefined;
        next = byLang.get(next.source)
      ) {
        if (seen.has(next.lang)) {
          report(
            diagnostic(
              'translation-source',
              place(),
              `\`source\` chain of \`${version.lang}.md\` loops back to \`${next.lang}.md\`: it must end at the original`,
            ),
          );
          break;
        }
        seen.add(next.lang);
      }
    }
  }
};

/** Releases lack no version in a `requiredLanguages` language. */
export const checkMissingTranslations: Check = (room, report) => {
  const required = room.site?.requiredLanguages ?? [];
  for (const release of room.releases) {
    const original = release.original;
    if (!original) continue;
    const present = new Set(release.versions.map((version) => version.lang));
    for (const lang of required) {
      if (!present.has(lang)) {
        report(
          diagnostic(
            'translation-missing',
            { file: original.file, line: 1, column: 1 },
            `\`${release.id}\` has no \`${lang}\` version, which \`site.yaml\` requires: run \`communique translate ${release.id} --to ${lang}\``,
          ),
        );
      }
    }
  }
};
