import { z } from 'zod';

/** Text given once for all languages, or per language: `{ en: ..., fr: ... }`. */
export const localisedText = z.union([z.string(), z.record(z.string(), z.string())], {
  error: 'expected text, or a map of language tags to text',
});

const id = z.string().min(1);

export const siteSchema = z.strictObject({
  title: localisedText,
  baseUrl: z.url({ protocol: /^https?$/ }),
  languages: z.array(z.string()).min(1),
  requiredLanguages: z.array(z.string()).optional(),
  description: localisedText.optional(),
  /** Topic ids releases may use, each with its label per language (optional: without it, any id). */
  topics: z.record(z.string(), localisedText).optional(),
});

export const personSchema = z.strictObject({
  name: z.string().min(1),
  organisation: id.optional(),
  role: localisedText.optional(),
  email: z.string(),
  phone: z.string().optional(),
  mobile: z.string().optional(),
  languages: z.array(z.string()).optional(),
});
export const peopleSchema = z.record(z.string(), personSchema);

export const organisationSchema = z.strictObject({
  name: localisedText,
  short: localisedText.optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  about: localisedText.optional(),
});
export const organisationsSchema = z.record(z.string(), organisationSchema);

/** A figure: a number, or `{ value, ...Intl.NumberFormat options }`. */
export const figureSchema = z.union(
  [
    z.number(),
    z.looseObject({
      value: z.number(),
      style: z.enum(['decimal', 'percent', 'currency', 'unit']).optional(),
      currency: z.string().optional(),
      unit: z.string().optional(),
      notation: z.enum(['standard', 'scientific', 'engineering', 'compact']).optional(),
    }),
  ],
  {
    // A quoted number (`"54"`) is the usual slip: say what a figure looks like, not "text".
    error:
      'expected a number written without quotes (`54`), or `{ value: 54, style: percent }` with a number `value`',
  },
);

export const releaseTypes = ['press-release', 'media-advisory', 'statement', 'news'] as const;

const mediaEntry = z.strictObject({
  file: z.string().min(1),
  alt: z.string().optional(),
  caption: z.string().optional(),
  credit: z.string().optional(),
});

const changeEntry = z.strictObject({ date: z.string(), note: z.string() });

/** The fields every version shares with the original (a translation may only repeat them). */
const sharedFields = {
  type: z.enum(releaseTypes).optional(),
  date: z.string(),
  embargo: z.string().optional(),
  updated: z.string().optional(),
  draft: z.boolean().optional(),
  organisations: z.array(id).min(1),
  contacts: z.array(id).optional(),
  figures: z.record(z.string(), figureSchema).optional(),
  topics: z.array(z.string()).optional(),
};

export const originalSchema = z.strictObject({
  ...sharedFields,
  title: z.string().min(1),
  summary: z.string().min(1),
  dateline: z.strictObject({ city: z.string().min(1), country: z.string() }),
  changes: z.array(changeEntry).optional(),
  media: z.array(mediaEntry).optional(),
});

export const translationSchema = z.strictObject({
  ...z.object(sharedFields).partial().shape,
  source: z.string().min(1),
  sourceHash: z.string().optional(),
  slug: z.string().optional(),
  title: z.string().min(1),
  summary: z.string().min(1),
  dateline: z.strictObject({ city: z.string().min(1), country: z.string().optional() }).optional(),
  changes: z.array(z.strictObject({ date: z.string().optional(), note: z.string() })).optional(),
  media: z.array(mediaEntry.partial()).optional(),
});

export type LocalisedText = z.infer<typeof localisedText>;
export type SiteConfig = z.infer<typeof siteSchema>;
export type Person = z.infer<typeof personSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type ReleaseType = (typeof releaseTypes)[number];
export type OriginalFrontMatter = z.infer<typeof originalSchema>;
export type TranslationFrontMatter = z.infer<typeof translationSchema>;
export type MediaEntry = z.infer<typeof mediaEntry>;
export type ChangeEntry = z.infer<typeof changeEntry>;
