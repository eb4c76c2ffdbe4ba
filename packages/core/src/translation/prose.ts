import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Place } from '../diagnostics/diagnostic.ts';
import type { ReleaseVersion } from '../model/press-room.ts';

/**
 * Where a piece of text sits in a version, so that two versions can be lined up: the title, the
 * summary, or the body's n-th block (counting paragraphs, headings, lists, quotes, not code,
 * HTML or link definitions). Translations keep the paragraphs of their source, so the same slot
 * is where a translator looks for the counterpart of something in the original.
 */
export type Slot = 'title' | 'summary' | number;

/** A stretch of text a reader reads in one go (a field, a paragraph, a heading), with its places. */
export interface ProseRun {
  readonly slot: Slot;
  /** The text as a reader sees it; code, HTML, images and directives are replaced by a line break. */
  readonly text: string;
  /** The file place of the character at `index` of `text`. */
  placeAt(index: number): Place;
}

/** Text directives the renderer replaces; any other directive-looking text is published as written. */
const renderedDirectives = new Set(['fig', 'date']);
const notProse = new Set(['code', 'html', 'definition', 'thematicBreak', 'yaml']);
const separator = '\n';
const scanLimit = 16;

/**
 * For each character of `value` (a parsed string), the offset in `source` where it was written,
 * scanning forward from `from`. Exact when the value is written as is; where the source differs
 * (an escape, an entity, indentation or quotes stripped by the parser) the next characters still
 * land on their own places.
 */
export function alignText(value: string, source: string, from: number): number[] {
  const map: number[] = [];
  let next = from;
  for (const char of value) {
    let at = next;
    const limit = Math.min(source.length, next + scanLimit);
    while (at < limit && source.slice(at, at + char.length) !== char) at++;
    if (at < limit) {
      map.push(at);
      if (char.length === 2) map.push(at + 1);
      next = at + char.length;
    } else {
      map.push(next);
      if (char.length === 2) map.push(next);
    }
  }
  return map;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, given the offsets where lines start. */
function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** Where a value's characters were written: exactly from `start` on, or one offset per character. */
type SourceMap = { readonly start: number } | { readonly offsets: readonly number[] };

/** Maps a value written at `from` in `source`, taking the exact path when it was written as is. */
function mapValue(value: string, source: string, from: number): SourceMap {
  return source.startsWith(value, from) ? { start: from } : { offsets: alignText(value, source, from) };
}

const offsetIn = (map: SourceMap, index: number) =>
  'start' in map ? map.start + index : (map.offsets[index] ?? map.offsets.at(-1) ?? 0);

function fieldRun(version: ReleaseVersion, field: 'title' | 'summary'): ProseRun | undefined {
  const value = version.raw[field];
  if (typeof value !== 'string' || value === '') return undefined;
  const { yaml } = version;
  // Positions are worked out only when asked for: they need the YAML syntax tree again.
  let located: { starts: number[]; map: SourceMap } | undefined;
  const locate = () => {
    const starts = lineStarts(yaml.text);
    const valuePlace = yaml.placeOf([field]);
    const lineStart = starts[valuePlace.line - 1 - yaml.lineOffset] ?? 0;
    return { starts, map: mapValue(value, yaml.text, lineStart + valuePlace.column - 1) };
  };
  return {
    slot: field,
    text: value,
    placeAt(index) {
      located ??= locate();
      const { line, column } = lineColumn(located.starts, offsetIn(located.map, index));
      return { file: version.file, line: line + yaml.lineOffset, column };
    },
  };
}

/** The blocks of a body that count as slots, in order. */
export function proseBlocks(version: ReleaseVersion): RootContent[] {
  return version.tree.children.filter((node) => !notProse.has(node.type));
}

interface Segment {
  /** Index in the run's text where the segment starts. */
  readonly at: number;
  readonly map: SourceMap;
}

class RunBuilder {
  text = '';
  readonly segments: Segment[] = [];

  constructor(private readonly body: string) {}

  add(value: string, from: number): void {
    this.segments.push({ at: this.text.length, map: mapValue(value, this.body, from) });
    this.text += value;
  }

  break(): void {
    if (this.text !== '' && !this.text.endsWith(separator)) this.text += separator;
  }

  /** The body offset of a character of the run. */
  offsetOf(index: number): number {
    let segment = this.segments[0];
    for (const candidate of this.segments) {
      if (candidate.at > index) break;
      segment = candidate;
    }
    return segment ? offsetIn(segment.map, index - segment.at) : 0;
  }

  phrasing(nodes: readonly PhrasingContent[]): void {
    for (const node of nodes) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (node.type === 'text' && start !== undefined) {
        this.add(node.value, start);
      } else if (node.type === 'textDirective' && !renderedDirectives.has(node.name)) {
        // Published as written (the `:30` of `10:30` is parsed as a directive named `30`).
        if (start !== undefined && end !== undefined) this.add(this.body.slice(start, end), start);
      } else if (
        node.type === 'emphasis' ||
        node.type === 'strong' ||
        node.type === 'delete' ||
        node.type === 'link' ||
        node.type === 'linkReference'
      ) {
        this.phrasing(node.children);
      } else {
        this.break();
      }
    }
  }
}

function collect(
  node: Nodes,
  slot: number,
  body: string,
  runs: (Omit<ProseRun, 'placeAt'> & { builder: RunBuilder })[],
) {
  if (notProse.has(node.type)) return;
  if (node.type === 'paragraph' || node.type === 'heading') {
    if ((node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) return;
    const builder = new RunBuilder(body);
    builder.phrasing(node.children);
    if (builder.text.trim() !== '') runs.push({ slot, text: builder.text, builder });
    return;
  }
  if (node.type === 'leafDirective' || node.type === 'textDirective') return;
  if ('children' in node) for (const child of node.children as Nodes[]) collect(child, slot, body, runs);
}

function bodyRuns(version: ReleaseVersion): ProseRun[] {
  const runs: (Omit<ProseRun, 'placeAt'> & { builder: RunBuilder })[] = [];
  proseBlocks(version).forEach((block, slot) => {
    collect(block, slot, version.body, runs);
  });
  let starts: number[] | undefined;
  return runs.map(({ slot, text, builder }) => ({
    slot,
    text,
    placeAt(index: number): Place {
      starts ??= lineStarts(version.body);
      const { line, column } = lineColumn(starts, builder.offsetOf(index));
      return { file: version.file, line: line + version.bodyLine - 1, column };
    },
  }));
}

/**
 * The text a reader reads in a version: its title, its summary and the text of its body
 * (paragraphs, headings, list items, quotes, link text), but not code, HTML, URLs or the
 * `:fig[]` and `:date[]` directives, which are the same in every language by construction.
 */
export function proseRuns(version: ReleaseVersion): ProseRun[] {
  const fields = (['title', 'summary'] as const)
    .map((field) => fieldRun(version, field))
    .filter((run) => run !== undefined);
  return [...fields, ...bodyRuns(version)];
}

/** Where a translator would look in `version` for the counterpart of something in `slot`. */
export function slotPlace(version: ReleaseVersion, slot: Slot): Place {
  if (slot === 'title' || slot === 'summary') return version.yaml.placeOf([slot]);
  const blocks = proseBlocks(version);
  const block = blocks[Math.min(slot, blocks.length - 1)];
  const start = block?.position?.start;
  return start
    ? { file: version.file, line: start.line + version.bodyLine - 1, column: start.column }
    : { file: version.file, line: version.bodyLine, column: 1 };
}

/** The slot of the body block that holds a body offset (the last block before it, if between blocks). */
export function slotOfOffset(version: ReleaseVersion, offset: number | undefined): Slot {
  const blocks = proseBlocks(version);
  if (offset === undefined) return 0;
  let slot = 0;
  blocks.forEach((block, index) => {
    if ((block.position?.start.offset ?? Number.POSITIVE_INFINITY) <= offset) slot = index;
  });
  return slot;
}
