import { pairTokens, relativePlace } from './pair-tokens.ts';
import type { NumberToken } from './token.ts';

export interface NumberMismatch<T extends NumberToken = NumberToken> {
  /** The number with no equal on the other side. */
  readonly token: T;
  /** The closest candidate on the other side, for "68 000 here, 6,800 there". */
  readonly nearest?: T;
}

/** How far apart two values are: by ratio for same-signed values, after any same-signed one otherwise. */
function valueDistance(a: number, b: number): number {
  if (a === b) return 0;
  if (a !== 0 && b !== 0 && Math.sign(a) === Math.sign(b)) return Math.abs(Math.log(a / b));
  return 1e4 + Math.log1p(Math.abs(a - b));
}

/**
 * The token of `others` closest in value to `token`, then closest in place. Unpaired tokens of
 * the other side come first: they are the likeliest counterpart of a drifted number.
 */
function nearestTo<T extends NumberToken>(
  token: T,
  place: number,
  others: readonly T[],
  unpaired: readonly number[],
): T | undefined {
  const pool = unpaired.length > 0 ? unpaired : others.map((_, index) => index);
  let best: { index: number; value: number; place: number } | undefined;
  for (const index of pool) {
    const value = valueDistance(token.value, others[index]!.value);
    const where = Math.abs(relativePlace(index, others.length) - place);
    if (!best || value < best.value || (value === best.value && where < best.place)) {
      best = { index, value, place: where };
    }
  }
  return best && others[best.index];
}

function mismatches<T extends NumberToken>(
  side: readonly T[],
  paired: ReadonlySet<number>,
  others: readonly T[],
  othersPaired: ReadonlySet<number>,
): NumberMismatch<T>[] {
  const unpairedOthers = others.map((_, index) => index).filter((index) => !othersPaired.has(index));
  const found: NumberMismatch<T>[] = [];
  side.forEach((token, index) => {
    if (paired.has(index)) return;
    const nearest = nearestTo(token, relativePlace(index, side.length), others, unpairedOthers);
    found.push(nearest ? { token, nearest } : { token });
  });
  return found;
}

/**
 * Multiset comparison by value: each number on one side matches at most one equal number on the
 * other (two `5`s against one `5` leave a `5` over). A percentage matches a percentage or a plain
 * number of the same value; an amount of money matches money or a plain number, in the same
 * currency when both name one. Tokens come back as given, so callers may pass richer tokens.
 */
export function compareNumbers<T extends NumberToken>(
  a: readonly T[],
  b: readonly T[],
): { onlyInA: NumberMismatch<T>[]; onlyInB: NumberMismatch<T>[] } {
  const { pairedA, pairedB } = pairTokens(a, b);
  return { onlyInA: mismatches(a, pairedA, b, pairedB), onlyInB: mismatches(b, pairedB, a, pairedA) };
}
