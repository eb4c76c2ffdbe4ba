import { parsePhoneNumberFromString } from 'libphonenumber-js';
import validator from 'validator';
import { diagnostic } from '../diagnostics/diagnostic.ts';
import { directiveUses } from '../markdown/directives.ts';
import type { OriginalFrontMatter } from '../model/schemas.ts';
import { nearest } from '../text/nearest.ts';
import { bodyPlace, type Check } from './context.ts';

/** E.164 form of a phone number written in any human format, or undefined when it is not valid. */
export function normalisePhone(text: string): string | undefined {
  const trimmed = text.trim().replace(/^00/, '+');
  if (!trimmed.startsWith('+')) return undefined;
  const number = parsePhoneNumberFromString(trimmed);
  return number?.isValid() ? number.number : undefined;
}

export function isValidEmail(text: string): boolean {
  return validator.isEmail(text, {
    allow_display_name: false,
    require_tld: true,
    allow_utf8_local_part: true,
  });
}

function unknownId(kind: string, id: string, known: string[], registry: string): string {
  const suggestion = nearest(id, known);
  return `Unknown ${kind} \`${id}\`${suggestion ? `: did you mean \`${suggestion}\`?` : ` in \`${registry}\``}`;
}

/** Emails, phones and organisation references in people.yaml. */
export const checkPeople: Check = (room, report) => {
  const source = room.people.source;
  if (!source) return;
  const organisationIds = Object.keys(room.organisations.entries);
  for (const [id, person] of Object.entries(room.people.entries)) {
    if (!isValidEmail(person.email)) {
      report(
        diagnostic(
          'contact-email',
          source.placeOf([id, 'email']),
          `\`${person.email}\` is not a valid email address for \`${id}\``,
        ),
      );
    }
    for (const field of ['phone', 'mobile'] as const) {
      const phone = person[field];
      if (phone !== undefined && !normalisePhone(phone)) {
        report(
          diagnostic(
            'contact-phone',
            source.placeOf([id, field]),
            `\`${phone}\` is not a valid international phone number for \`${id}\``,
          ),
        );
      }
    }
    if (
      person.organisation !== undefined &&
      room.organisations.source &&
      !Object.hasOwn(room.organisations.entries, person.organisation)
    ) {
      report(
        diagnostic(
          'contact-unknown',
          source.placeOf([id, 'organisation']),
          unknownId('organisation', person.organisation, organisationIds, 'organisations.yaml'),
        ),
      );
    }
  }
};

/** Contacts, organisations and quote speakers named by releases exist; every release has a contact. */
export const checkReleaseContacts: Check = (room, report) => {
  const personIds = Object.keys(room.people.entries);
  const organisationIds = Object.keys(room.organisations.entries);
  for (const release of room.releases) {
    const original = release.original;
    const front = original?.own as OriginalFrontMatter | undefined;
    if (original && front) {
      if (!front.contacts || front.contacts.length === 0) {
        const place = original.yaml.has(['contacts'])
          ? original.yaml.placeOf(['contacts'], 'key')
          : { file: original.file, line: 1, column: 1 };
        report(
          diagnostic(
            'contact-missing',
            place,
            `\`${release.id}\` has no contact: add \`contacts: [<id>]\` with a person from \`people.yaml\``,
          ),
        );
      }
      front.contacts?.forEach((id, index) => {
        if (!Object.hasOwn(room.people.entries, id)) {
          report(
            diagnostic(
              'contact-unknown',
              original.yaml.placeOf(['contacts', index]),
              unknownId('contact', id, personIds, 'people.yaml'),
            ),
          );
        }
      });
      front.organisations.forEach((id, index) => {
        if (!Object.hasOwn(room.organisations.entries, id)) {
          report(
            diagnostic(
              'contact-unknown',
              original.yaml.placeOf(['organisations', index]),
              unknownId('organisation', id, organisationIds, 'organisations.yaml'),
            ),
          );
        }
      });
    }
    for (const version of release.versions) {
      for (const quote of directiveUses(version.tree).quotes) {
        const place = bodyPlace(version, quote.node.position?.start);
        if (!quote.by) {
          report(
            diagnostic('contact-unknown', place, 'Quote has no speaker: write `:::quote{by=<person-id>}`'),
          );
        } else if (!Object.hasOwn(room.people.entries, quote.by)) {
          report(
            diagnostic('contact-unknown', place, unknownId('speaker', quote.by, personIds, 'people.yaml')),
          );
        }
      }
    }
  }
};
