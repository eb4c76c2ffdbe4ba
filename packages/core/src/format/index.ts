export {
  type DateRangeSegment,
  formatDateRange,
  formatDateRangeSegments,
  formatInstant,
  formatPlainDate,
} from './dates.ts';
export { formatFigure } from './figures.ts';
export { formattingLocale } from './intl-cache.ts';
export { type LocalisedResult, localise } from './localise.ts';
export { countryName, languageName, textDirection } from './names.ts';
export { frenchTypography, isFrench, localTypography } from './typography.ts';
