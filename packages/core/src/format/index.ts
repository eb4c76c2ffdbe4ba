export { formatDateRange, formatInstant, formatPlainDate } from './dates.ts';
export { formatFigure } from './figures.ts';
export { type LocalisedResult, localise } from './localise.ts';
export { countryName, languageName, textDirection } from './names.ts';
export { frenchTypography, localTypography } from './typography.ts';
