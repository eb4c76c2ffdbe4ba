export { compareNumbers, type NumberMismatch } from './compare-numbers.ts';
export { readNumbers } from './read-numbers.ts';
export type { NumberKind, NumberToken } from './token.ts';
