/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import type { KeyFigure } from '@communique/eleventy-plugin';
import type { PageText } from '../lib/ui.ts';

/** The release's numbers, formatted for the page, each with the sentence that uses it. */
export function KeyFigures({
  figures,
  text,
}: {
  readonly figures: readonly KeyFigure[];
  readonly text: PageText;
}) {
  if (figures.length === 0) return null;
  return (
    <section class="key-figures" aria-labelledby="key-figures-title">
      <h2 id="key-figures-title" {...text.uiAttrs}>
        {text.t('keyFigures')}
      </h2>
      <ul>
        {figures.map((figure) => (
          <li>
            <data class="figure-value" value={String(figure.value)}>
              <bdi>{figure.text}</bdi>
            </data>
            {figure.context ? <span class="figure-context">{figure.context}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
