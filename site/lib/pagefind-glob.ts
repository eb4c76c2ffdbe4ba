import { posix, sep } from 'node:path';

/**
 * The Pagefind glob of each language folder, from the pages that hold something to index when the
 * caller knows them (`pages`: paths relative to the site, release pages): only the folders those
 * pages sit in. Each page gives its grandparent folder with any folder name below it
 * (`en/2024/release-x/index.html` gives `en/2024/` + `*` + `/index.html`), which reads every
 * release page but not the language's home page, its year, topic and organisation listings: about
 * a sixth of the HTML of a language at 10,000 releases, which Pagefind would read through only to
 * find no body marked in it. A folder without known pages, or whose pages a glob cannot name
 * plainly, is read whole (`<folder>/**` + `/*.{html}`).
 */
export function pagefindGlobs(pages?: readonly string[]): (folder: string) => string {
  const byFolder = new Map<string, Set<string> | 'whole'>();
  for (const page of pages ?? []) {
    const path = page.split(sep).join('/');
    const slash = path.indexOf('/');
    if (slash < 0) continue;
    const folder = path.slice(0, slash);
    const patterns = byFolder.get(folder) ?? new Set<string>();
    if (patterns === 'whole') continue;
    const parent = posix.dirname(path);
    const pattern = parent === folder ? path : `${posix.dirname(parent)}/*/${posix.basename(path)}`;
    patterns.add(pattern);
    byFolder.set(folder, plainPattern.test(pattern) && patterns.size <= maxPatterns ? patterns : 'whole');
  }
  return (folder) => {
    const patterns = byFolder.get(folder);
    if (patterns === undefined || patterns === 'whole') return `${folder}/**/*.{html}`;
    const sorted = [...patterns].sort();
    return sorted.length === 1 ? sorted[0]! : `{${sorted.join(',')}}`;
  };
}

/**
 * Names that mean themselves in a glob (years, language tags, `index.html`), joined by `/`, with
 * `*` for a folder name.
 */
const plainPattern = /^[A-Za-z0-9_-]+(?:\/(?:[A-Za-z0-9_][A-Za-z0-9._-]*|\*))*\/[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** More folders than a press room has years: read the whole language folder instead of one long glob. */
const maxPatterns = 500;
