import type { Point } from 'unist';
import type { Diagnostic, Place } from '../diagnostics/diagnostic.ts';
import type { PressRoom, ReleaseVersion } from '../model/press-room.ts';

export type Report = (diagnostic: Diagnostic) => void;

/** A check reads the loaded press room and reports what it finds; it never throws on bad input. */
export type Check = (room: PressRoom, report: Report) => void;

/** A place in the file for a point of the version's body tree. */
export function bodyPlace(version: ReleaseVersion, point: Point | undefined): Place {
  if (!point) return { file: version.file, line: version.bodyLine, column: 1 };
  return { file: version.file, line: point.line + version.bodyLine - 1, column: point.column };
}

/** The start of a front matter field of a version, or of the file when the field is absent. */
export function fieldPlace(
  version: ReleaseVersion,
  path: readonly (string | number)[],
  part: 'key' | 'value' = 'value',
): Place {
  return version.yaml.placeOf(path, part);
}

/** A version's own field if it wrote one, else the original's (shared fields live there). */
export function sharedFieldPlace(
  version: ReleaseVersion,
  original: ReleaseVersion,
  path: readonly (string | number)[],
): Place {
  return version.yaml.has(path) ? version.yaml.placeOf(path) : original.yaml.placeOf(path);
}
