import type { NumberToken } from './read-numbers.ts';

export interface NumberMismatch {
  readonly token: NumberToken;
  /** The closest number on the other side, for "68 000 here, 6,800 there". */
  readonly nearest?: NumberToken;
}

const equal = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);

function distance(a: number, b: number): number {
  if (a === 0 || b === 0 || Math.sign(a) !== Math.sign(b)) return Math.abs(a - b) + 1e6;
  return Math.abs(Math.log(Math.abs(a) / Math.abs(b)));
}

function unmatched(side: readonly NumberToken[], other: readonly NumberToken[]): NumberMismatch[] {
  const available = [...other];
  const missing: NumberMismatch[] = [];
  for (const token of side) {
    const index = available.findIndex((candidate) => equal(candidate.value, token.value));
    if (index !== -1) {
      available.splice(index, 1);
      continue;
    }
    const nearest = [...other].sort(
      (x, y) => distance(x.value, token.value) - distance(y.value, token.value),
    )[0];
    missing.push(nearest ? { token, nearest } : { token });
  }
  return missing;
}

/** Multiset comparison by value: each number on one side matches at most one equal on the other. */
export function compareNumbers(
  a: readonly NumberToken[],
  b: readonly NumberToken[],
): { onlyInA: NumberMismatch[]; onlyInB: NumberMismatch[] } {
  return { onlyInA: unmatched(a, b), onlyInB: unmatched(b, a) };
}
