/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import { type ContactCard, type LocalisedText, type PhoneLink, uiParts } from '@communique/eleventy-plugin';
import { langAttrs, listOf, type PageText } from '../lib/ui.ts';

/** "For more information, please contact": how to reach each press contact, in seconds. */
export function Contacts({
  contacts,
  text,
}: {
  readonly contacts: readonly ContactCard[];
  readonly text: PageText;
}) {
  if (contacts.length === 0) return null;
  return (
    <section id="contacts" class="contacts" aria-labelledby="contacts-title">
      <h2 id="contacts-title" {...text.uiAttrs}>
        {text.t('contactHeading')}
      </h2>
      <ul class="contact-list">
        {contacts.map((contact) => (
          <li class="contact">
            <Contact contact={contact} text={text} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Contact({ contact, text }: { readonly contact: ContactCard; readonly text: PageText }) {
  const { role, organisation } = contact;
  return (
    <>
      <p class="contact-name">
        <bdi>{contact.name}</bdi>
      </p>
      {role || organisation ? (
        <p class="contact-role">
          {role && organisation ? (
            uiParts(text.lang, 'roleAt').map((part) =>
              part.kind === 'text' ? (
                part.text
              ) : (
                <Localised text={part.name === 'role' ? role : organisation} page={text.lang} />
              ),
            )
          ) : (
            <Localised text={(role ?? organisation)!} page={text.lang} />
          )}
        </p>
      ) : null}
      <dl class="contact-means">
        {contact.phone ? <Phone label={text.t('phone')} phone={contact.phone} text={text} /> : null}
        {contact.mobile ? <Phone label={text.t('mobile')} phone={contact.mobile} text={text} /> : null}
        <div>
          <dt {...text.uiAttrs}>{text.t('email')}</dt>
          <dd>
            <a href={contact.mailto} dir="ltr">
              {contact.email}
            </a>
          </dd>
        </div>
        {contact.languages.length > 0 ? (
          <div>
            <dt {...text.uiAttrs}>{text.t('speaks')}</dt>
            <dd>
              {listOf(
                contact.languages.map((spoken) => spoken.name),
                text.lang,
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      {contact.vcardUrl ? (
        <p class="contact-vcard">
          <a href={contact.vcardUrl} type="text/vcard" download {...text.uiAttrs}>
            {text.t('addToContacts')}
          </a>
        </p>
      ) : null}
    </>
  );
}

function Phone({
  label,
  phone,
  text,
}: {
  readonly label: string;
  readonly phone: PhoneLink;
  readonly text: PageText;
}) {
  return (
    <div>
      <dt {...text.uiAttrs}>{label}</dt>
      <dd>
        <a href={phone.href} dir="ltr">
          {phone.text}
        </a>
      </dd>
    </div>
  );
}

function Localised({ text, page }: { readonly text: LocalisedText; readonly page: string }) {
  return <span {...langAttrs(text, page)}>{text.text}</span>;
}
