import { diagnostic } from '../diagnostics/diagnostic.ts';
import type { OriginalFrontMatter } from '../model/schemas.ts';
import { nearest } from '../text/nearest.ts';
import type { Check } from './context.ts';

/** Media files exist in the release folder; every version gives every image a text alternative. */
export const checkMedia: Check = (room, report) => {
  for (const release of room.releases) {
    const original = release.original;
    const media = (original?.own as OriginalFrontMatter | undefined)?.media;
    if (!original || !media) continue;
    media.forEach((entry, index) => {
      if (!release.assets.includes(entry.file)) {
        const suggestion = nearest(entry.file, release.assets);
        const fix = suggestion ? `: did you mean \`${suggestion}\`?` : '';
        report(
          diagnostic(
            'media-missing',
            original.yaml.placeOf(['media', index, 'file']),
            `Media file \`${entry.file}\` is not in \`releases/${release.id}/\`${fix}`,
          ),
        );
      }
    });
    for (const version of release.versions) {
      version.meta?.media.forEach((entry, index) => {
        if (entry.alt === undefined || entry.alt.trim() === '') {
          const place = version.yaml.has(['media', index])
            ? version.yaml.placeOf(['media', index])
            : version.yaml.has(['media'])
              ? version.yaml.placeOf(['media'], 'key')
              : { file: version.file, line: 1, column: 1 };
          report(
            diagnostic(
              'media-alt',
              place,
              `Image \`${entry.file}\` has no \`alt\` text in the ${version.lang} version: describe what it shows`,
            ),
          );
        }
      });
    }
  }
};
