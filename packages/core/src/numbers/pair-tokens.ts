import type { NumberToken } from './token.ts';

/** Equal up to floating-point noise: |a − b| ≤ 1e-9 × max(|a|, |b|). */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Same kind, and the same currency when both sides name one. */
function sameKind(a: NumberToken, b: NumberToken): boolean {
  return a.kind === b.kind && a.currency === b.currency;
}

/**
 * A plain number may stand for a percentage or an amount written differently elsewhere
 * (`71` and `71 %`); a percentage is never an amount, and two named currencies must agree.
 */
function compatibleKinds(a: NumberToken, b: NumberToken): boolean {
  if (a.kind === 'number' || b.kind === 'number') return true;
  if (a.kind !== b.kind) return false;
  return !a.currency || !b.currency || a.currency === b.currency;
}

/** Where a token sits in its list, from 0 to 1, to compare places across languages. */
export const relativePlace = (index: number, length: number) => (length > 1 ? index / (length - 1) : 0);

/** The stretch of `order` (indices of `tokens` by ascending value) whose values may equal `value`. */
function equalRange(tokens: readonly NumberToken[], order: readonly number[], value: number): number[] {
  const reach = 2e-9 * Math.abs(value);
  let low = 0;
  let high = order.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[order[mid]!]!.value < value - reach) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < order.length && tokens[order[end]!]!.value <= value + reach) end++;
  return order.slice(low, end);
}

/**
 * Pairs each token of `a` with at most one equal token of `b`: first with the same kind, then
 * with a compatible one, so `71 %` takes the other `71 %` before a plain `71` can. Among equal
 * candidates the one at the nearest relative place wins. Returns the indices paired on each side.
 */
export function pairTokens(
  a: readonly NumberToken[],
  b: readonly NumberToken[],
): { pairedA: Set<number>; pairedB: Set<number> } {
  const order = b.map((_, index) => index).sort((x, y) => b[x]!.value - b[y]!.value);
  const pairedA = new Set<number>();
  const pairedB = new Set<number>();
  const distance = (i: number, j: number) =>
    Math.abs(relativePlace(i, a.length) - relativePlace(j, b.length));
  for (const fits of [sameKind, compatibleKinds]) {
    a.forEach((token, i) => {
      if (pairedA.has(i)) return;
      let best: number | undefined;
      for (const j of equalRange(b, order, token.value)) {
        const candidate = b[j]!;
        if (pairedB.has(j) || !sameValue(token.value, candidate.value) || !fits(token, candidate)) continue;
        if (best === undefined || distance(i, j) < distance(i, best)) best = j;
      }
      if (best !== undefined) {
        pairedA.add(i);
        pairedB.add(best);
      }
    });
  }
  return { pairedA, pairedB };
}
