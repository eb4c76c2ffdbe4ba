/** The catalog of check rules: ids are permanent, every rule has a title, a severity and a fix hint. */
export type Severity = 'error' | 'warning';

export interface RuleInfo {
  readonly severity: Severity;
  readonly title: string;
  readonly hint: string;
}

export const rules = {
  'frontmatter-syntax': {
    severity: 'error',
    title: 'Front matter or registry file cannot be parsed',
    hint: 'Fix the YAML at the position shown: check indentation, quotes around values that contain `: `, and the closing `---` line.',
  },
  'file-encoding': {
    severity: 'error',
    title: 'File is not readable UTF-8 text',
    hint: 'Save the file as UTF-8 text (without NUL bytes); binary files belong next to the release as media, not as language versions.',
  },
  schema: {
    severity: 'error',
    title: 'Field missing, of the wrong type, or unknown',
    hint: 'Compare the field with the format reference in the core package README.',
  },
  'release-path': {
    severity: 'error',
    title: 'Release folder is not `releases/<year>/<slug>`',
    hint: 'Put each release in `releases/<year>/<slug>/`, with a four-digit year and a slug of lowercase ASCII letters, digits and `-`.',
  },
  'lang-tag': {
    severity: 'error',
    title: 'File name is not a site language',
    hint: 'Name each version `<lang>.md` with a canonical BCP 47 tag listed in `site.yaml` `languages`.',
  },
  original: {
    severity: 'error',
    title: 'Release has no original, or more than one',
    hint: 'Exactly one version per release folder has no `source` field; every translation names its `source`.',
  },
  'translation-source': {
    severity: 'error',
    title: 'Translation source does not exist',
    hint: 'Set `source` to the language of another version in the same folder.',
  },
  'translation-outdated': {
    severity: 'warning',
    title: 'Source text changed since the translation was made',
    hint: 'Update the translation, then run `communique translate <id> --to <lang> --done` to record it.',
  },
  'translation-missing': {
    severity: 'warning',
    title: 'Required language version missing',
    hint: 'Add the version with `communique translate <id> --to <lang>`.',
  },
  'shared-conflict': {
    severity: 'error',
    title: 'Translation changes a shared field',
    hint: 'Remove the field from the translation (it is inherited from the original) or give it the same value.',
  },
  'contact-unknown': {
    severity: 'error',
    title: 'Unknown person or organisation id',
    hint: 'Use an id defined in `people.yaml` or `organisations.yaml`, or add the entry there.',
  },
  'contact-missing': {
    severity: 'error',
    title: 'Release has no contact',
    hint: 'Add `contacts: [<person-id>]` to the original with at least one id from `people.yaml`.',
  },
  'contact-email': {
    severity: 'error',
    title: 'Email address is not valid',
    hint: 'Write a plain address such as `name@example.org`, without markup, `mailto:` or display name.',
  },
  'contact-phone': {
    severity: 'error',
    title: 'Phone number is not a valid international number',
    hint: 'Write the number with `+` and the country code, e.g. `+41 22 717 91 11`.',
  },
  'date-format': {
    severity: 'error',
    title: 'Date is not ISO 8601 with an offset',
    hint: 'Write instants as `2025-03-14T09:00:00+01:00` and body dates as `:date[2025-03-14]` or `:date[2025-03-14/2025-03-17]`.',
  },
  'date-order': {
    severity: 'error',
    title: 'Dates are out of order',
    hint: 'Check that `updated` and every change follow `date`, and that a range ends after it starts.',
  },
  'figure-unknown': {
    severity: 'error',
    title: 'Figure is not defined',
    hint: 'Define the figure under `figures:` in the original, or fix the name in `:fig[...]`.',
  },
  'figure-unused': {
    severity: 'warning',
    title: 'Figure is defined but never used',
    hint: 'Use it in the body with `:fig[name]`, or remove it from `figures:`.',
  },
  'number-mismatch': {
    severity: 'warning',
    title: 'Number differs between language versions',
    hint: 'Check the figure against the other version; use `:fig[...]` for key numbers so they cannot drift.',
  },
  'structure-mismatch': {
    severity: 'warning',
    title: 'Versions differ in figures, dates, quotes or changes',
    hint: 'Make every version use the same `:fig[]`, `:date[]`, `:::quote` directives and change notes.',
  },
  'media-missing': {
    severity: 'error',
    title: 'Media file does not exist',
    hint: 'Put the file in the release folder or fix the `file` name (it is case-sensitive).',
  },
  'media-alt': {
    severity: 'error',
    title: 'Image has no text alternative',
    hint: 'Give every media entry an `alt` text in every language version.',
  },
  'link-broken': {
    severity: 'error',
    title: 'Link does not resolve',
    hint: 'Link releases by folder path relative to the file, e.g. `../../2023/some-slug/`, and files in the release folder by name.',
  },
  'registry-gap': {
    severity: 'warning',
    title: 'Registry text missing in a published language',
    hint: "Add the language to the per-language map; until then readers see the original language, then the site's first language.",
  },
  'topic-unknown': {
    severity: 'warning',
    title: "Topic is not one of `site.yaml`'s topics",
    hint: 'Use a topic id defined under `topics:` in `site.yaml`, or add it there with its label in every language.',
  },
  'html-unsafe': {
    severity: 'warning',
    title: 'Raw HTML will be stripped',
    hint: 'Write the content in Markdown; scripts, event handlers and `javascript:` URLs are never published.',
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof rules;

export const ruleIds = Object.keys(rules) as RuleId[];
