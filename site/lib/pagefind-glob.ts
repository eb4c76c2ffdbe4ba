import { posix, sep } from 'node:path';

/**
 * The Pagefind glob for one language folder: every page under it, or, when the caller knows which
 * pages hold something to index (`pages`: paths relative to the site, release pages), only the
 * folders those pages sit in. Each page gives its grandparent folder with any folder name below
 * it (`en/2024/release-x/index.html` gives `en/2024/` + `*` + `/index.html`), which reads every
 * release page but not the language's home page, its year, topic and organisation listings: about
 * a sixth of the HTML of a language at 10,000 releases, which Pagefind would read through only to
 * find no body marked in it.
 */
export function pagefindGlob(folder: string, pages?: readonly string[]): string {
  const wholeFolder = `${folder}/**/*.{html}`;
  if (pages === undefined) return wholeFolder;
  const patterns = new Set<string>();
  for (const page of pages) {
    const path = page.split(sep).join('/');
    if (!path.startsWith(`${folder}/`)) continue;
    const name = posix.basename(path);
    const parent = posix.dirname(path);
    const pattern = parent === folder ? path : `${posix.dirname(parent)}/*/${name}`;
    if (!plainPattern.test(pattern)) return wholeFolder;
    patterns.add(pattern);
    if (patterns.size > maxPatterns) return wholeFolder;
  }
  if (patterns.size === 0) return wholeFolder;
  const sorted = [...patterns].sort();
  return sorted.length === 1 ? sorted[0]! : `{${sorted.join(',')}}`;
}

/**
 * Names that mean themselves in a glob (years, language tags, `index.html`), joined by `/`, with
 * `*` for a folder name.
 */
const plainPattern = /^[A-Za-z0-9_-]+(?:\/(?:[A-Za-z0-9_][A-Za-z0-9._-]*|\*))*\/[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** More folders than a press room has years: read the whole language folder instead of one long glob. */
const maxPatterns = 500;
