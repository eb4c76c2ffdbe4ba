import type { Check } from './context.ts';
import { checkNumbers } from './number-mismatch.ts';
import { checkSharedConflicts } from './shared-conflict.ts';
import { checkStructure } from './structure-mismatch.ts';
import { checkOutdatedTranslations } from './translation-outdated.ts';

/** Checks across language versions: shared-conflict, translation-outdated, number-mismatch, structure-mismatch. */
export const crossTranslationChecks: readonly Check[] = [
  checkSharedConflicts,
  checkOutdatedTranslations,
  checkStructure,
  checkNumbers,
];
