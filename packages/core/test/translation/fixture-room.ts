import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkPressRoom, type Diagnostic, loadPressRoom, type Place } from '../../src/index.ts';

export interface Reported {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly severity: string;
  readonly cause: string | undefined;
}

const at = (root: string, place: Place) => `${relative(root, place.file)}:${place.line}:${place.column}`;

/** The diagnostics of one rule on a fixture room, with paths relative to the room. */
export function reported(root: string, rule: string): Reported[] {
  return checkPressRoom(loadPressRoom(root))
    .filter((d: Diagnostic) => d.rule === rule)
    .map((d) => ({
      file: relative(root, d.file),
      line: d.line,
      column: d.column,
      message: d.message,
      severity: d.severity,
      cause: d.cause ? at(root, d.cause) : undefined,
    }));
}

/** `file:line:column` of each diagnostic, the way an editor jumps to it. */
export const places = (found: readonly Reported[]) => found.map((d) => `${d.file}:${d.line}:${d.column}`);

/** A copy of a fixture room in a temporary folder, with some files rewritten. */
export function editedCopy(root: string, edits: Record<string, (text: string) => string>): string {
  const copy = mkdtempSync(join(tmpdir(), 'communique-fixture-'));
  cpSync(root, copy, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(copy, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  return copy;
}
