import { diagnostic } from '../diagnostics/diagnostic.ts';
import { textFingerprint } from '../translation/fingerprint.ts';
import { sourceOf } from '../translation/status.ts';
import type { Check } from './context.ts';

/** A translation whose source text changed since its `sourceHash` was recorded. */
export const checkOutdatedTranslations: Check = (room, report) => {
  for (const release of room.releases) {
    for (const version of release.versions) {
      if (version.sourceHash === undefined) continue;
      const source = sourceOf(release, version);
      if (!source) continue; // translation-source reports it
      if (textFingerprint(source) !== version.sourceHash) {
        report(
          diagnostic(
            'translation-outdated',
            version.yaml.placeOf(['sourceHash']),
            `\`${source.lang}.md\` changed since this translation was made: bring the changes over, then run \`communique translate ${release.id} --to ${version.lang} --done\``,
            { file: source.file, line: source.bodyLine, column: 1 },
          ),
        );
      }
    }
  }
};
