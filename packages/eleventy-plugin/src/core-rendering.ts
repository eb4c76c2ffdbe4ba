// The core's formatting and rendering, as the plugin uses them.
export {
  countryName,
  formatDateRange,
  formatFigure,
  formatInstant,
  formatPlainDate,
  languageName,
  localise,
  renderInline,
  renderMarkdownText,
  renderVersionBody,
  textDirection,
} from '@communique/core';
