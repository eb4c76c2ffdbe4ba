import { diagnostic } from '../diagnostics/diagnostic.ts';
import type { OriginalFrontMatter } from '../model/schemas.ts';
import { nearest } from '../text/nearest.ts';
import type { Check } from './context.ts';

/**
 * When `site.yaml` lists `topics`, every topic a release names must be one of them, so a typo
 * (`human-trafficing`) does not open a listing of its own with an untranslated label.
 * A room check: it depends on `site.yaml`, which the per-release check cache does not key on.
 */
export const checkTopics: Check = (room, report) => {
  const defined = room.site?.topics;
  if (!defined) return;
  const known = Object.keys(defined);
  for (const release of room.releases) {
    const original = release.original;
    const front = original?.own as OriginalFrontMatter | undefined;
    if (!original || !front?.topics) continue;
    front.topics.forEach((id, index) => {
      if (id in defined) return;
      const suggestion = nearest(id, known);
      report(
        diagnostic(
          'topic-unknown',
          original.yaml.placeOf(['topics', index]),
          `Unknown topic \`${id}\`${suggestion ? `: did you mean \`${suggestion}\`?` : `: add it under \`topics:\` in \`site.yaml\``}`,
        ),
      );
    });
  }
};
