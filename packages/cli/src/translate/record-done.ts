import { basename, dirname, join } from 'node:path';
import { isMap, isScalar, type Pair, parseDocument } from 'yaml';
import { CommandError } from '../io.ts';
import { replaceFileAtomically } from './replace-file.ts';

const opening = /^---[ \t]*\r?\n/;
const closing = /\r?\n---[ \t]*(?:\r?\n|$)/;

function pairNamed(items: readonly Pair[], name: string): Pair | undefined {
  return items.find((pair) => isScalar(pair.key) && pair.key.value === name);
}

/** Offset just past the end of the line holding `offset` (its line break included), or the text's end. */
function nextLineStart(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end + 1;
}

/**
 * The text of a translation with `sourceHash` set to `hash` and nothing else changed: only the
 * bytes of the old value are replaced (a comment after it stays), or, without one, a line is
 * inserted after `source:`, with the file's own line ending and indentation.
 */
export function withSourceHash(text: string, hash: string, name: string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const open = opening.exec(body);
  const close = open ? closing.exec(body.slice(open[0].length)) : null;
  if (!open || !close)
    throw new CommandError(`${name} has no front matter between \`---\` lines: run \`communique check\``);
  const start = bom.length + open[0].length;
  const front = text.slice(start, start + close.index);
  const doc = parseDocument(front, { uniqueKeys: false });
  if (doc.errors.length > 0 || !isMap(doc.contents))
    throw new CommandError(`${name}'s front matter cannot be read: run \`communique check\` to see why`);
  const items = doc.contents.items as Pair[];
  const quoted = `"${hash}"`;
  const recorded = pairNamed(items, 'sourceHash');
  let edited: string;
  if (recorded) {
    const range = (recorded.value as { range?: [number, number, number] } | null)?.range;
    if (isScalar(recorded.value) && recorded.value.value === hash) return text;
    if (range && range[1] > range[0]) {
      edited = front.slice(0, range[0]) + quoted + front.slice(range[1]);
    } else {
      // `sourceHash:` with no value: the hash goes right after the colon, before any comment.
      const keyEnd = (recorded.key as { range?: [number, number, number] }).range?.[1] ?? 0;
      const colon = front.indexOf(':', keyEnd);
      edited = `${front.slice(0, colon + 1)} ${quoted}${front.slice(colon + 1)}`;
    }
  } else {
    const source = pairNamed(items, 'source');
    const keyStart = (source?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
    const valueEnd = (source?.value as { range?: [number, number, number] } | null | undefined)?.range?.[1];
    if (!source || keyStart === undefined || valueEnd === undefined)
      throw new CommandError(`${name} has no \`source:\` line, so it is not a translation`);
    const lineStart = front.lastIndexOf('\n', keyStart) + 1;
    const indent = front.slice(lineStart, keyStart).replace(/[^ \t]/g, ' ');
    const eol = /\r\n/.test(text) ? '\r\n' : '\n';
    const at = nextLineStart(front, valueEnd);
    const line = `${indent}sourceHash: ${quoted}`;
    edited =
      at === front.length && !front.endsWith('\n')
        ? `${front}${eol}${line}`
        : `${front.slice(0, at)}${line}${eol}${front.slice(at)}`;
  }
  return text.slice(0, start) + edited + text.slice(start + front.length);
}

/**
 * Records `hash` as a translation's `sourceHash`: the one change Communiqué makes to a file it did
 * not create. Every other byte stays, and the file is replaced atomically.
 */
export function recordSourceHash(file: string, text: string, hash: string): 'updated' | 'unchanged' {
  const updated = withSourceHash(text, hash, basename(file));
  if (updated === text) return 'unchanged';
  replaceFileAtomically(file, updated, join(dirname(file), `.${basename(file)}`));
  return 'updated';
}
