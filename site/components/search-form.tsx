/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)

import type { PageText } from '../lib/ui.ts';
import { searchPath } from '../lib/urls.ts';

/**
 * A plain GET form to the language's search page (`?q=`): it works without JavaScript, and the
 * search script runs the query from the URL, so results can be bookmarked and shared.
 */
export function SearchForm({
  lang,
  text,
  query,
}: {
  readonly lang: string;
  readonly text: PageText;
  readonly query?: string;
}) {
  return (
    <search class="search-form" {...text.uiAttrs}>
      <form method="get" action={searchPath(lang)}>
        <label for="search-query">{text.t('searchLabel')}</label>
        <div class="search-row">
          <input
            id="search-query"
            name="q"
            type="search"
            value={query ?? ''}
            autocomplete="off"
            enterkeyhint="search"
          />
          <button type="submit">{text.t('searchSubmit')}</button>
        </div>
      </form>
    </search>
  );
}
