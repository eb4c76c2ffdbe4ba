/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import { type ReleasePage, uiParts } from '@communique/eleventy-plugin';
import type { PageText } from '../lib/ui.ts';

/** "This is a translation…" with a link to the original, and "Updated…" with the change notes. */
export function Notices({ release, text }: { readonly release: ReleasePage; readonly text: PageText }) {
  const { original, updated, changes } = release;
  if (!original && !updated && changes.length === 0) return null;
  return (
    <div class="notices">
      {original ? (
        <p class="notice notice-translation" {...text.uiAttrs}>
          {uiParts(release.lang, 'translationNotice').map((part) =>
            part.kind === 'text' ? (
              part.text
            ) : (
              <a href={original.url} hreflang={original.lang}>
                {original.name}
              </a>
            ),
          )}
        </p>
      ) : null}
      {updated || changes.length > 0 ? (
        <section class="notice notice-updated" aria-labelledby="updated-title">
          <h2 id="updated-title" class="notice-title" {...text.uiAttrs}>
            {updated
              ? uiParts(release.lang, 'updatedNotice').map((part) =>
                  part.kind === 'text' ? part.text : <time datetime={updated.datetime}>{updated.text}</time>,
                )
              : text.t('changes')}
          </h2>
          {changes.length > 0 ? (
            <ul class="changes">
              {changes.map((change) => (
                <li>
                  <time datetime={change.date.datetime}>{change.date.text}</time>
                  {' — '}
                  {change.note}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
