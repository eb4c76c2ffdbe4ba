import type { Node } from 'unist';
import { diagnostic, type Place } from '../diagnostics/diagnostic.ts';
import { directiveUses } from '../markdown/directives.ts';
import type { ReleaseVersion } from '../model/press-room.ts';
import { type Slot, slotOfOffset, slotPlace } from '../translation/prose.ts';
import { bodyPlace, type Check, type Report } from './context.ts';

type Kind = 'figure' | 'date' | 'quote';

interface Item {
  readonly kind: Kind;
  readonly label: string;
  readonly place: Place;
  readonly slot: Slot;
}

function items(version: ReleaseVersion): Item[] {
  const uses = directiveUses(version.tree);
  const item = (kind: Kind, label: string, node: Node): Item => ({
    kind,
    label,
    place: bodyPlace(version, node.position?.start),
    slot: slotOfOffset(version, node.position?.start.offset),
  });
  return [
    ...uses.figures.map((u) => item('figure', `\`:fig[${u.name}]\``, u.node)),
    ...uses.dates.map((u) => item('date', `\`:date[${u.text}]\``, u.node)),
    ...uses.quotes.map((u) => item('quote', `a quote by \`${u.by ?? '?'}\``, u.node)),
  ];
}

/** Items of `a` with no counterpart in `b`, counting repeats (a multiset difference), in order. */
function missingFrom(a: readonly Item[], b: readonly Item[]): Item[] {
  const counts = new Map<string, number>();
  for (const item of b) counts.set(item.label, (counts.get(item.label) ?? 0) + 1);
  return a.filter((item) => {
    const left = counts.get(item.label) ?? 0;
    if (left > 0) counts.set(item.label, left - 1);
    return left === 0;
  });
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function compareDirectives(version: ReleaseVersion, original: ReleaseVersion, report: Report): void {
  const reference = items(original);
  const own = items(version);
  const extra = missingFrom(own, reference);
  const missing = missingFrom(reference, own);
  const of = `the original \`${original.lang}.md\``;
  for (const kind of ['figure', 'date', 'quote'] as const) {
    const added = extra.filter((item) => item.kind === kind);
    const lacking = missing.filter((item) => item.kind === kind);
    // An added and a lacking item of one kind are most likely one item changed: one warning.
    added.forEach((item, index) => {
      const counterpart = lacking[index];
      report(
        diagnostic(
          'structure-mismatch',
          item.place,
          sentence(
            counterpart
              ? `${item.label} here, where ${of} has ${counterpart.label}: every version carries the same figures, dates and quotes`
              : `${item.label} is not in ${of}: every version carries the same figures, dates and quotes`,
          ),
          counterpart?.place ?? { file: original.file, line: original.bodyLine, column: 1 },
        ),
      );
    });
    for (const item of lacking.slice(added.length)) {
      report(
        diagnostic(
          'structure-mismatch',
          slotPlace(version, item.slot),
          sentence(
            `${item.label} of ${of} is missing from this version: keep every directive of the original`,
          ),
          item.place,
        ),
      );
    }
  }
}

function compareChanges(version: ReleaseVersion, original: ReleaseVersion, report: Report): void {
  const expected = Array.isArray(original.raw.changes) ? original.raw.changes.length : 0;
  const given = Array.isArray(version.raw.changes) ? version.raw.changes.length : 0;
  if (given === expected) return;
  const notes = (n: number) => `${n} change note${n === 1 ? '' : 's'}`;
  const text = `This version has ${notes(given)}, the original \`${original.lang}.md\` has ${expected}: translate each note under \`changes:\`, in the same order`;
  if (given > expected) {
    report(
      diagnostic(
        'structure-mismatch',
        version.yaml.placeOf(['changes', expected]),
        text,
        original.yaml.placeOf(['changes'], 'key'),
      ),
    );
    return;
  }
  // Where the notes go: the `changes` key, or the front matter's first field when there is none.
  const place = version.yaml.has(['changes'])
    ? version.yaml.placeOf(['changes'], 'key')
    : version.yaml.placeOf([]);
  report(diagnostic('structure-mismatch', place, text, original.yaml.placeOf(['changes', given])));
}

/** Versions that differ from the original in which figures, dates, quotes or change notes they contain. */
export const checkStructure: Check = (room, report) => {
  for (const release of room.releases) {
    const original = release.original;
    if (!original) continue;
    for (const version of release.versions) {
      if (version === original) continue;
      compareDirectives(version, original, report);
      compareChanges(version, original, report);
    }
  }
};
