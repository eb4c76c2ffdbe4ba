import { diagnostic, type Place } from '../diagnostics/diagnostic.ts';
import type { ReleaseVersion } from '../model/press-room.ts';
import { compareNumbers, type NumberToken, readNumbers } from '../numbers/index.ts';
import { proseRuns, type Slot, slotPlace } from '../translation/prose.ts';
import type { Check } from './context.ts';

interface PlacedNumber extends NumberToken {
  readonly slot: Slot;
  /** Where it is written (worked out on demand: most numbers are never reported). */
  readonly place: Place;
}

/**
 * Between two runs of text when they are read in one go: a line break stops a number, and the NUL
 * keeps the reader's look-ahead (scale words, percent signs) from reaching into the next run.
 */
const runSeparator = '\n\u0000\n';

/** Every number written in a version's title, summary and body text, with its place. */
export function versionNumbers(version: ReleaseVersion): PlacedNumber[] {
  const runs = proseRuns(version);
  // One reading for the whole version: the reader's set-up costs more than most paragraphs.
  const starts: number[] = [];
  let text = '';
  for (const run of runs) {
    if (text !== '') text += runSeparator;
    starts.push(text.length);
    text += run.text;
  }
  let index = 0;
  return readNumbers(text, version.lang).map((token) => {
    while (index + 1 < starts.length && starts[index + 1]! <= token.start) index++;
    const run = runs[index]!;
    const offset = token.start - starts[index]!;
    let place: Place | undefined;
    return {
      ...token,
      slot: run.slot,
      get place() {
        place ??= run.placeAt(offset);
        return place;
      },
    };
  });
}

const at = (token: PlacedNumber, version: ReleaseVersion) =>
  `\`${token.raw}\` at ${version.lang}.md:${token.place.line}`;

/** How far apart two values are: their ratio on a log scale (`68 000` is one step of ten from `6 800`). */
function distance(a: number, b: number): number {
  if (a === b) return 0;
  if (a === 0 || b === 0 || Math.sign(a) !== Math.sign(b)) return Number.POSITIVE_INFINITY;
  return Math.abs(Math.log(Math.abs(a) / Math.abs(b)));
}

/** The candidate closest in value, preferring one in the same slot (field or paragraph) on a tie. */
function nearestTo(token: PlacedNumber, candidates: Iterable<PlacedNumber>): PlacedNumber | undefined {
  let best: PlacedNumber | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const score = distance(candidate.value, token.value) + (candidate.slot === token.slot ? 0 : 1e-6);
    if (best === undefined || score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A number written in a translation with no equal in the original, or the reverse. Both are
 * reported on the translation, the file a translator fixes.
 *
 * - A number of the translation without an equal is reported where it is written. When the same
 *   field or paragraph of the original has a number without an equal too (`68 000` written for
 *   `6,800`), the two are one mistake: one warning, `cause` at the original's number.
 *   Otherwise `cause` is the original's number nearest in value.
 * - A number of the original left without an equal is reported at the start of the translation's
 *   corresponding field or paragraph (the body block at the same position), `cause` at the
 *   original's number: that is where the translator looks for the sentence that lost it.
 */
export const checkNumbers: Check = (room, report) => {
  for (const release of room.releases) {
    const original = release.original;
    if (!original) continue;
    let reference: PlacedNumber[] | undefined;
    for (const version of release.versions) {
      if (version === original) continue;
      reference ??= versionNumbers(original);
      const own = versionNumbers(version);
      const { onlyInA, onlyInB } = compareNumbers(own, reference);
      const unpaired = new Set(onlyInB.map((mismatch) => mismatch.token as PlacedNumber));
      for (const { token } of onlyInA) {
        const mine = token as PlacedNumber;
        const pair = nearestTo(
          mine,
          [...unpaired].filter((theirs) => theirs.slot === mine.slot),
        );
        if (pair) unpaired.delete(pair);
        const near = pair ?? nearestTo(mine, reference);
        report(
          diagnostic(
            'number-mismatch',
            mine.place,
            `\`${mine.raw}\` here has no equal in the original \`${original.lang}.md\`${near ? ` (nearest: ${at(near, original)})` : ''}`,
            near?.place,
          ),
        );
      }
      for (const theirs of unpaired) {
        const near = nearestTo(theirs, own);
        report(
          diagnostic(
            'number-mismatch',
            slotPlace(version, theirs.slot),
            `${at(theirs, original)} has no equal in this version${near ? ` (nearest here: ${at(near, version)})` : ''}: translate it, or check it against the original`,
            theirs.place,
          ),
        );
      }
    }
  }
};
