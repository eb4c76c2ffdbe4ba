export { compareNumbers, type NumberMismatch } from './compare-numbers.ts';
export { type NumberKind, type NumberToken, readNumbers } from './read-numbers.ts';
