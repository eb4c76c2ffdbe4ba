import type { Place } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/diagnostic.ts';
import { directiveUses } from '../markdown/directives.ts';
import type { ReleaseVersion } from '../model/press-room.ts';
import { bodyPlace, type Check, type Report } from './context.ts';

interface Item {
  readonly label: string;
  readonly place: Place;
}

function items(version: ReleaseVersion): Item[] {
  const uses = directiveUses(version.tree);
  return [
    ...uses.figures.map((u) => ({
      label: `:fig[${u.name}]`,
      place: bodyPlace(version, u.node.position?.start),
    })),
    ...uses.dates.map((u) => ({
      label: `:date[${u.text}]`,
      place: bodyPlace(version, u.node.position?.start),
    })),
    ...uses.quotes.map((u) => ({
      label: `a quote by \`${u.by ?? '?'}\``,
      place: bodyPlace(version, u.node.position?.start),
    })),
  ];
}

/** Items of `a` with no counterpart in `b`, counting repeats (a multiset difference). */
function missingFrom(a: Item[], b: Item[]): Item[] {
  const counts = new Map<string, number>();
  for (const item of b) counts.set(item.label, (counts.get(item.label) ?? 0) + 1);
  return a.filter((item) => {
    const left = counts.get(item.label) ?? 0;
    if (left > 0) counts.set(item.label, left - 1);
    return left === 0;
  });
}

function checkChanges(version: ReleaseVersion, original: ReleaseVersion, report: Report): void {
  const expected = Array.isArray(original.raw.changes) ? original.raw.changes.length : 0;
  const given = Array.isArray(version.raw.changes) ? version.raw.changes.length : 0;
  if (given === expected) return;
  const place = version.yaml.has(['changes'])
    ? version.yaml.placeOf(['changes'], 'key')
    : { file: version.file, line: 1, column: 1 };
  report(
    diagnostic(
      'structure-mismatch',
      place,
      `This version has ${given} change note${given === 1 ? '' : 's'}, the original \`${original.lang}.md\` has ${expected}: translate each note under \`changes:\`, in the same order`,
      original.yaml.placeOf(['changes'], 'key'),
    ),
  );
}

/** Versions that differ from the original in which figures, dates, quotes or change notes they contain. */
export const checkStructure: Check = (room, report) => {
  for (const release of room.releases) {
    const original = release.original;
    if (!original) continue;
    const reference = items(original);
    for (const version of release.versions) {
      if (version === original) continue;
      const own = items(version);
      for (const extra of missingFrom(own, reference)) {
        report(
          diagnostic(
            'structure-mismatch',
            extra.place,
            `${extra.label} is not in the original \`${original.lang}.md\`: every version carries the same figures, dates and quotes`,
          ),
        );
      }
      for (const missing of missingFrom(reference, own)) {
        report(
          diagnostic(
            'structure-mismatch',
            { file: version.file, line: version.bodyLine, column: 1 },
            `${missing.label} of the original \`${original.lang}.md\` is missing from this version`,
            missing.place,
          ),
        );
      }
      checkChanges(version, original, report);
    }
  }
};
