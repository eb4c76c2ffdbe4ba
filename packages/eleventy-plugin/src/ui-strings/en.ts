/**
 * English interface strings: the reference set every other language must match key for key.
 * `{name}` marks a value the page fills in.
 */
export const en = {
  skipToContent: 'Skip to main content',
  languages: 'Languages',
  chooseLanguage: 'Choose a language',
  pressReleases: 'Press releases',
  allReleases: 'All press releases',
  noReleases: 'No releases have been published in this language yet.',
  alsoAvailable: 'Available in other languages',
  alsoAvailableNote: 'These releases have no version in this language yet.',
  releaseLanguages: 'This release in other languages',
  original: 'original',
  translationNotice: 'This is a translation. The original version is in {language}.',
  readOriginal: 'Read the original',
  updatedNotice: 'Updated {date}',
  changes: 'Changes',
  published: 'Published',
  place: '{city}, {country}',
  keyFigures: 'Key figures',
  credit: 'Credit: {credit}',
  contactHeading: 'For more information, please contact',
  pressContacts: 'Press contacts',
  roleAt: '{role}, {organisation}',
  phone: 'Phone',
  mobile: 'Mobile',
  email: 'Email',
  speaks: 'Speaks',
  addToContacts: 'Add to contacts (vCard)',
  notesToEditors: 'Notes to editors',
  'type.press-release': 'Press release',
  'type.media-advisory': 'Media advisory',
  'type.statement': 'Statement',
  'type.news': 'News',
  notFoundTitle: 'Page not found',
  notFoundText: 'The page you are looking for does not exist or has moved.',
  goHome: 'Go to the home page',
  previewDraft: 'Preview: draft, not published.',
  previewEmbargoed: 'Preview: embargoed until {date}. Do not publish or share.',
} as const;

export type UiKey = keyof typeof en;
export type UiStrings = { readonly [key in UiKey]: string };
