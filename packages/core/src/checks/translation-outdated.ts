import { diagnostic } from '../diagnostics/diagnostic.ts';
import { textFingerprint } from '../translation/fingerprint.ts';
import { sourceOf } from '../translation/graph.ts';
import type { Check } from './context.ts';

/**
 * A translation whose source text changed since its `sourceHash` was recorded: reported at the
 * recorded hash, with `cause` at the start of the source's text. Untracked translations (no
 * `sourceHash`) are left to `status`; a missing source is `translation-source`'s to report.
 */
export const checkOutdatedTranslations: Check = (room, report) => {
  for (const release of room.releases) {
    const fingerprints = new Map<string, string>();
    for (const version of release.versions) {
      if (version.sourceHash === undefined) continue;
      const source = sourceOf(release, version);
      if (!source) continue;
      let fingerprint = fingerprints.get(source.lang);
      if (fingerprint === undefined) {
        fingerprint = textFingerprint(source);
        fingerprints.set(source.lang, fingerprint);
      }
      if (fingerprint === version.sourceHash) continue;
      report(
        diagnostic(
          'translation-outdated',
          version.yaml.placeOf(['sourceHash']),
          `\`${source.lang}.md\` changed since this translation was made from it: bring the changes over, then run \`communique translate ${release.id} --to ${version.lang} --done\``,
          source.yaml.placeOf(['title']),
        ),
      );
    }
  }
};
