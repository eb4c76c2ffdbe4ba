import { isDeepStrictEqual } from 'node:util';
import type { YamlPath } from '../load/yaml-source.ts';
import { parseInstant } from '../model/instant.ts';

/** The fields a translation inherits from its original (the spec's "shared" fields). */
export const sharedFieldNames = [
  'type',
  'date',
  'embargo',
  'updated',
  'draft',
  'organisations',
  'contacts',
  'figures',
  'topics',
  'dateline.country',
  'media[].file',
  'media[].credit',
  'changes[].date',
] as const;

export type SharedFieldName = (typeof sharedFieldNames)[number];

const scalarKeys = ['type', 'date', 'embargo', 'updated', 'draft'] as const;
const listKeys = ['organisations', 'contacts', 'topics'] as const;
const instantFields = new Set<SharedFieldName>(['date', 'embargo', 'updated', 'changes[].date']);
/** What an absent field means, so `draft: false` repeats an original that says nothing. */
const defaults: Partial<Record<SharedFieldName, unknown>> = { type: 'press-release', draft: false };

/** A shared value written in a translation that the original does not have. */
export interface SharedDifference {
  readonly field: SharedFieldName;
  /** Where the translation writes it. */
  readonly path: YamlPath;
  /** The same place in the original (a missing one falls back to its nearest parent). */
  readonly originalPath: YamlPath;
  /**
   * `differs`: another value; `absent`: the original does not set it (a figure it does not
   * define); `partial`: a repeated `figures` map that lacks some of the original's figures.
   */
  readonly kind: 'differs' | 'absent' | 'partial';
  readonly mine: unknown;
  /** The original's value, or what its silence means (`draft: false`, `type: press-release`). */
  readonly theirs: unknown;
  /** Whether `theirs` is that default rather than a written value. */
  readonly theirsIsDefault?: boolean;
  /** For `partial`: the original's figure names the translation leaves out. */
  readonly left?: readonly string[];
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A figure written as a bare number is the same figure as `{ value: n }`. */
function figureShape(figure: unknown): unknown {
  return typeof figure === 'number' ? { value: figure } : figure;
}

function sameFigure(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(figureShape(a), figureShape(b));
}

function figuresShape(figures: unknown): unknown {
  const map = record(figures);
  return map ? Object.fromEntries(Object.entries(map).map(([name, f]) => [name, figureShape(f)])) : figures;
}

/**
 * Whether two written values of a shared field are the same value. Instants are compared as
 * instants (the original's written offset is the one published, so another offset for the same
 * moment changes nothing); numbers and strings are different values (`12` is not `"12"`);
 * lists keep their order (the lead organisation and the first contact come first).
 */
export function sameSharedValue(field: SharedFieldName, a: unknown, b: unknown): boolean {
  const x = a === undefined ? defaults[field] : a;
  const y = b === undefined ? defaults[field] : b;
  if (instantFields.has(field) && typeof x === 'string' && typeof y === 'string') {
    const [p, q] = [parseInstant(x), parseInstant(y)];
    if (p && q) return p.epochMilliseconds === q.epochMilliseconds;
  }
  if (field === 'figures') return isDeepStrictEqual(figuresShape(x), figuresShape(y));
  return isDeepStrictEqual(x, y);
}

interface Written {
  readonly field: SharedFieldName;
  readonly path: YamlPath;
  readonly value: unknown;
}

/** Every shared value a front matter writes, at the granularity they are compared. */
export function writtenSharedValues(raw: Readonly<Record<string, unknown>>): Written[] {
  const found: Written[] = [];
  for (const key of [...scalarKeys, ...listKeys, 'figures'] as const)
    if (raw[key] !== undefined) found.push({ field: key, path: [key], value: raw[key] });
  const country = record(raw.dateline)?.country;
  if (country !== undefined)
    found.push({ field: 'dateline.country', path: ['dateline', 'country'], value: country });
  list(raw.media).forEach((entry, index) => {
    for (const key of ['file', 'credit'] as const) {
      const value = record(entry)?.[key];
      if (value !== undefined) found.push({ field: `media[].${key}`, path: ['media', index, key], value });
    }
  });
  list(raw.changes).forEach((entry, index) => {
    const value = record(entry)?.date;
    if (value !== undefined) found.push({ field: 'changes[].date', path: ['changes', index, 'date'], value });
  });
  return found;
}

function valueAt(raw: Readonly<Record<string, unknown>>, path: YamlPath): unknown {
  let value: unknown = raw;
  for (const step of path) {
    if (Array.isArray(value) && typeof step === 'number') value = value[step];
    else value = record(value)?.[String(step)];
    if (value === undefined) return undefined;
  }
  return value;
}

/** The first index at which two lists differ, for pointing at the item rather than the list. */
function firstDifference(field: SharedFieldName, mine: readonly unknown[], theirs: unknown): number {
  const other = list(theirs);
  const index = mine.findIndex((item, i) => !sameSharedValue(field, item, other[i]));
  return index === -1 ? mine.length : index;
}

function compareFigures(mine: unknown, theirs: unknown): SharedDifference[] {
  const own = record(mine);
  const base = record(theirs);
  if (!own || !base)
    return sameSharedValue('figures', mine, theirs)
      ? []
      : [
          {
            field: 'figures',
            path: ['figures'],
            originalPath: ['figures'],
            kind: theirs === undefined ? 'absent' : 'differs',
            mine,
            theirs,
          },
        ];
  const found: SharedDifference[] = [];
  for (const [name, figure] of Object.entries(own)) {
    if (sameFigure(figure, base[name])) continue;
    found.push({
      field: 'figures',
      path: ['figures', name],
      originalPath: ['figures', name],
      kind: name in base ? 'differs' : 'absent',
      mine: figure,
      theirs: base[name],
    });
  }
  const left = Object.keys(base).filter((name) => !(name in own));
  if (left.length > 0)
    found.push({
      field: 'figures',
      path: ['figures'],
      originalPath: ['figures'],
      kind: 'partial',
      mine,
      theirs,
      left,
    });
  return found;
}

/** The shared values a translation writes that differ from its original's (empty when it agrees). */
export function sharedDifferences(
  translation: Readonly<Record<string, unknown>>,
  original: Readonly<Record<string, unknown>>,
): SharedDifference[] {
  const found: SharedDifference[] = [];
  for (const { field, path, value } of writtenSharedValues(translation)) {
    if (field === 'figures') {
      found.push(...compareFigures(value, original.figures));
      continue;
    }
    const written = valueAt(original, path);
    if (sameSharedValue(field, value, written)) continue;
    const theirs = written ?? defaults[field];
    const base = {
      field,
      kind: theirs === undefined ? ('absent' as const) : ('differs' as const),
      mine: value,
      theirs,
      ...(written === undefined && theirs !== undefined ? { theirsIsDefault: true } : {}),
    };
    if ((listKeys as readonly string[]).includes(field) && Array.isArray(value)) {
      const index = firstDifference(field, value, theirs);
      const at = index < value.length ? [...path, index] : path;
      found.push({ ...base, path: at, originalPath: at });
      continue;
    }
    found.push({ ...base, path, originalPath: path });
  }
  return found;
}
