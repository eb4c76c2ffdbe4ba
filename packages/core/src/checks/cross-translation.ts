import type { Check } from './context.ts';

/** Checks across language versions: shared-conflict, translation-outdated, number-mismatch, structure-mismatch. */
export const crossTranslationChecks: readonly Check[] = [];
