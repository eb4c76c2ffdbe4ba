import { type ContactVCard, vcard } from '@communique/eleventy-plugin';
import type { SiteData } from '../lib/data.ts';

/** `/<lang>/contacts/<id>.vcf`: each press contact of a published page, once per language they appear in. */
export const data = {
  pagination: { data: 'communique.vcards', size: 1, alias: 'contact', addAllPagesToCollections: false },
  permalink: ({ contact }: { contact: ContactVCard }) => contact.url,
  eleventyExcludeFromCollections: true,
};

export default function render({ contact }: SiteData & { readonly contact: ContactVCard }): string {
  return vcard(contact.card, contact.lang);
}
