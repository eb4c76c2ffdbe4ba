import type { ReleaseSiteView } from '../model/release-site-view.ts';
import type { ContactCard, ReleasePage } from '../model/types.ts';
import { absolute, ninjsPath } from '../model/urls.ts';
import { absoluteLinks } from './html.ts';
import { lastModified, rfc3339 } from './instants.ts';

export const ninjsVersion = '2.1';
export const ninjsSchema = 'https://www.iptc.org/std/ninjs/ninjs-schema_2.1.json';

export interface NinjsText {
  readonly role?: string;
  readonly contenttype?: string;
  readonly value: string;
}

export interface NinjsContactInfo {
  readonly type: string;
  readonly role?: string;
  readonly name?: string;
  readonly lang?: string;
  readonly value: string;
}

export interface NinjsParty {
  readonly name: string;
  readonly role?: string;
  readonly uri?: string;
  readonly literal?: string;
  readonly contactinfo?: readonly NinjsContactInfo[];
}

export interface NinjsPicture {
  readonly name: string;
  readonly uri: string;
  readonly type: 'picture';
  readonly language: string;
  readonly descriptions?: readonly NinjsText[];
  readonly by?: string;
  readonly renditions: readonly { readonly name: string; readonly href: string }[];
}

/** The subset of IPTC ninjs 2.1 a release version fills. */
export interface Ninjs {
  readonly standard: { readonly name: 'ninjs'; readonly version: string; readonly schema: string };
  readonly uri: string;
  readonly type: 'text';
  readonly representationtype: 'full';
  readonly profile: string;
  readonly language: string;
  readonly pubstatus: 'usable' | 'withheld';
  readonly embargoed?: string;
  readonly firstcreated: string;
  readonly versioncreated: string;
  readonly headlines: readonly NinjsText[];
  readonly descriptions: readonly NinjsText[];
  readonly bodies: readonly NinjsText[];
  readonly located: string;
  readonly places: readonly { readonly name: string; readonly rel: string; readonly literal: string }[];
  readonly subjects: readonly { readonly name: string; readonly rel: string; readonly literal: string }[];
  readonly infosources: readonly NinjsParty[];
  readonly altids: readonly { readonly role: string; readonly value: string }[];
  readonly renditions: readonly {
    readonly name: string;
    readonly href: string;
    readonly contenttype: string;
  }[];
  readonly associations?: readonly NinjsPicture[];
}

/**
 * An IPTC ninjs 2.1 news item for one release version, declared in `standard` with its schema.
 *
 * Embargo: a public build describes published releases only, which are no longer under embargo,
 * so `embargoed` is left out (ninjs: absent means not embargoed) and `pubstatus` is `usable`. A
 * preview build also describes drafts (`withheld`) and embargoed releases (`withheld`, with
 * `embargoed` at the instant they publish), so a preview can never pass for a usable item.
 * `firstcreated` is the release's date and `versioncreated` its last change (`updated` or the
 * latest change note), both with the offset they were written with; the change notes are
 * descriptions with the role `change`. The press contacts are `contactinfo` of the organisation
 * they speak for, in `infosources`.
 */
export function ninjs(site: Pick<ReleaseSiteView, 'baseUrl' | 'language'>, page: ReleasePage): Ninjs {
  const contacts = page.contacts;
  const ofOrganisation = (contact: ContactCard, name: string) => contact.organisationName?.text === name;
  const byOrganisation = page.organisations.map((organisation) => ({
    name: organisation.name.text,
    role: 'originator',
    ...(organisation.url ? { uri: organisation.url } : {}),
    literal: organisation.id,
    contactinfo: contacts
      .filter((contact) => ofOrganisation(contact, organisation.name.text))
      .flatMap((contact) => contactInfo(contact)),
  }));
  const others = contacts
    .filter(
      (contact) =>
        !page.organisations.some((organisation) => ofOrganisation(contact, organisation.name.text)),
    )
    .map((contact) => ({ name: contact.name, role: 'contact', contactinfo: contactInfo(contact) }));
  const pictures = page.media.map(
    (item, index): NinjsPicture => ({
      name: `picture${index + 1}`,
      uri: absolute(site.baseUrl, item.url),
      type: 'picture',
      language: page.lang,
      descriptions: [
        ...(item.caption ? [{ role: 'caption', contenttype: 'text/plain', value: item.caption }] : []),
        ...(item.alt ? [{ role: 'alt', contenttype: 'text/plain', value: item.alt }] : []),
      ],
      ...(item.credit ? { by: item.credit } : {}),
      renditions: [{ name: 'original', href: absolute(site.baseUrl, item.url) }],
    }),
  );
  return {
    standard: { name: 'ninjs', version: ninjsVersion, schema: ninjsSchema },
    uri: page.absoluteUrl,
    type: 'text',
    representationtype: 'full',
    profile: page.type,
    language: page.lang,
    ...status(page),
    firstcreated: rfc3339(page.published),
    versioncreated: rfc3339(lastModified(page)),
    headlines: [{ role: 'main', contenttype: 'text/plain', value: page.title }],
    descriptions: [
      { role: 'summary', contenttype: 'text/plain', value: page.summary },
      ...page.changes.map((change) => ({
        role: 'change',
        contenttype: 'text/plain',
        value: `${rfc3339(change.date)} ${change.note}`,
      })),
    ],
    bodies: [{ role: 'main', contenttype: 'text/html', value: absoluteLinks(page.body, site.baseUrl) }],
    located: page.dateline.place,
    places: [
      { name: page.dateline.city, rel: 'located', literal: page.dateline.city },
      { name: page.dateline.countryName, rel: 'located', literal: `iso3166-1a2:${page.dateline.country}` },
    ],
    subjects: page.topicNames.map((topic) => ({ name: topic.name.text, rel: 'topic', literal: topic.id })),
    infosources: [...byOrganisation, ...others],
    altids: [
      { role: 'release', value: page.releaseId },
      ...(page.original ? [{ role: 'original', value: absolute(site.baseUrl, page.original.url) }] : []),
    ],
    renditions: [
      { name: 'web', href: page.absoluteUrl, contenttype: 'text/html' },
      { name: 'ninjs', href: absolute(site.baseUrl, ninjsPath(page.url)), contenttype: 'application/json' },
    ],
    ...(pictures.length > 0 ? { associations: pictures } : {}),
  };
}

function status(page: ReleasePage): Pick<Ninjs, 'pubstatus' | 'embargoed'> {
  const preview = page.preview;
  if (!preview) return { pubstatus: 'usable' };
  return preview.publishesAt
    ? { pubstatus: 'withheld', embargoed: rfc3339(preview.publishesAt) }
    : { pubstatus: 'withheld' };
}

export function ninjsText(site: Pick<ReleaseSiteView, 'baseUrl' | 'language'>, page: ReleasePage): string {
  return `${JSON.stringify(ninjs(site, page), null, 2)}\n`;
}

/** A contact's phone, mobile and email, each named with the person (and their role in the page's language). */
function contactInfo(contact: ContactCard): NinjsContactInfo[] {
  const name = contact.role ? `${contact.name}, ${contact.role.text}` : contact.name;
  return [
    ...(contact.phone ? [{ type: 'phone', role: 'work', name, value: contact.phone.e164 }] : []),
    ...(contact.mobile ? [{ type: 'mobile', role: 'work', name, value: contact.mobile.e164 }] : []),
    { type: 'email', role: 'work', name, value: contact.email },
  ];
}
