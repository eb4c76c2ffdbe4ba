import { diagnostic, type Place } from '../diagnostics/diagnostic.ts';
import type { ReleaseVersion } from '../model/press-room.ts';
import { compareNumbers, type NumberToken, readNumbers } from '../numbers/index.ts';
import type { Check } from './context.ts';

interface PlacedNumber extends NumberToken {
  readonly place: Place;
}

/** A place `offset` characters into a text that starts at `start` (counting line breaks). */
function advance(start: Place, text: string, offset: number): Place {
  let { line, column } = start;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  return { file: start.file, line, column };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Where a front matter string starts: after its opening quote when it is quoted. */
function fieldStart(version: ReleaseVersion, field: string): Place {
  const place = version.yaml.placeOf([field]);
  const lineText = version.yaml.text.split('\n')[place.line - 1 - version.yaml.lineOffset] ?? '';
  const quoted = lineText[place.column - 1] === '"' || lineText[place.column - 1] === "'";
  return quoted ? { ...place, column: place.column + 1 } : place;
}

/** Every number written in a version's title, summary and body text, with its place. */
export function versionNumbers(version: ReleaseVersion): PlacedNumber[] {
  const found: PlacedNumber[] = [];
  for (const field of ['title', 'summary']) {
    const text = version.raw[field];
    if (typeof text !== 'string') continue;
    const tokens = readNumbers(text, version.lang);
    if (tokens.length === 0) continue;
    const start = fieldStart(version, field);
    for (const token of tokens) found.push({ ...token, place: advance(start, text, token.start) });
  }
  // The body is read as written rather than through the parse: remark-directive takes the `:30`
  // of `10:30` for a directive, which would split a time in two. Directives, URLs and code-like
  // codes are skipped by the reader itself.
  const lines = lineStarts(version.body);
  for (const token of readNumbers(version.body, version.lang)) {
    const line = lastAtOrBefore(lines, token.start);
    found.push({
      ...token,
      place: { file: version.file, line: version.bodyLine + line, column: token.start - lines[line]! + 1 },
    });
  }
  return found;
}

function at(token: PlacedNumber, version: ReleaseVersion): string {
  return `\`${token.raw}\` at ${version.lang}.md:${token.place.line}`;
}

/**
 * A number written in a translation that has no equal in the original, or the reverse. Both are
 * reported on the translation, the file a translator fixes, with `cause` at the other number.
 */
export const checkNumbers: Check = (room, report) => {
  for (const release of room.releases) {
    const original = release.original;
    if (!original) continue;
    const reference = versionNumbers(original);
    for (const version of release.versions) {
      if (version === original) continue;
      const own = versionNumbers(version);
      const { onlyInA, onlyInB } = compareNumbers(own, reference);
      for (const { token, nearest } of onlyInA) {
        const placed = token as PlacedNumber;
        const near = nearest as PlacedNumber | undefined;
        const hint = near ? ` (nearest: ${at(near, original)})` : '';
        report(
          diagnostic(
            'number-mismatch',
            placed.place,
            `\`${placed.raw}\` here has no equal in the original \`${original.lang}.md\`${hint}`,
            near?.place,
          ),
        );
      }
      for (const { token, nearest } of onlyInB) {
        const placed = token as PlacedNumber;
        const near = nearest as PlacedNumber | undefined;
        const where = near ? near.place : { file: version.file, line: version.bodyLine, column: 1 };
        report(
          diagnostic(
            'number-mismatch',
            where,
            `${at(placed, original)} has no equal in this version${near ? ` (nearest here: \`${near.raw}\`)` : ''}`,
            placed.place,
          ),
        );
      }
    }
  }
};
