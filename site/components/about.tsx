/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import type { OrganisationNote } from '@communique/eleventy-plugin';
import { langAttrs, type PageText } from '../lib/ui.ts';

/** "Notes to editors": each issuing organisation's About text (sanitized by the core's renderer). */
export function About({
  organisations,
  text,
}: {
  readonly organisations: readonly OrganisationNote[];
  readonly text: PageText;
}) {
  const withText = organisations.filter((organisation) => organisation.about || organisation.url);
  if (withText.length === 0) return null;
  return (
    <section class="about" aria-labelledby="about-title">
      <h2 id="about-title" {...text.uiAttrs}>
        {text.t('notesToEditors')}
      </h2>
      {withText.map((organisation) => (
        <section class="organisation" aria-labelledby={`about-${organisation.id}`}>
          <h3 id={`about-${organisation.id}`} {...langAttrs(organisation.name, text.lang)}>
            {organisation.name.text}
          </h3>
          {organisation.about ? (
            <div
              class="about-text"
              {...langAttrs(organisation.about, text.lang)}
              // The core renders About Markdown to sanitized HTML.
              dangerouslySetInnerHTML={{ __html: organisation.about.html }}
            />
          ) : null}
          {organisation.url ? (
            <p class="organisation-url">
              <a href={organisation.url} dir="ltr">
                {displayUrl(organisation.url)}
              </a>
            </p>
          ) : null}
        </section>
      ))}
    </section>
  );
}

function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
