/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import type { LanguageLink } from '@communique/eleventy-plugin';
import type { PageText } from '../lib/ui.ts';

export interface LanguageSwitcherProps {
  readonly label: string;
  readonly links: readonly LanguageLink[];
  /** Language of the page showing the switcher: shown, not linked. */
  readonly current: string;
  readonly text: PageText;
}

/** The labelled language switcher: every language by its own name, with `hreflang` and `lang`. */
export function LanguageSwitcher({ label, links, current, text }: LanguageSwitcherProps) {
  if (links.length < 2) return null;
  return (
    <nav class="languages" aria-label={label} {...text.uiAttrs}>
      <ul>
        {links.map((link) =>
          link.lang === current ? (
            <li>
              <span aria-current="true" lang={link.lang} dir={link.dir}>
                {link.name}
              </span>
            </li>
          ) : (
            <li>
              <a href={link.url} hreflang={link.lang} lang={link.lang} dir={link.dir}>
                {link.name}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
