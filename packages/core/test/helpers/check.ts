import { relative } from 'node:path';
import { checkPressRoom, type Diagnostic, loadPressRoom } from '../../src/index.ts';
import { writeRoom } from './room.ts';

export interface Found {
  readonly rule: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly message: string;
}

/** Loads and checks a room written from `files`; diagnostics with paths relative to the room. */
export function checkFiles(files: Record<string, string>): Found[] {
  const root = writeRoom(files);
  return checkPressRoom(loadPressRoom(root)).map((d: Diagnostic) => ({
    rule: d.rule,
    file: relative(root, d.file),
    line: d.line,
    column: d.column,
    severity: d.severity,
    message: d.message,
  }));
}

export function ofRule(found: readonly Found[], rule: string): Found[] {
  return found.filter((d) => d.rule === rule);
}
