import { statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';

/**
 * The file a URL path names inside `root`, as a static host finds it (a folder gives its
 * `index.html`), or undefined. Never leaves `root`: `..`, encoded or not, and NUL bytes find nothing.
 */
export function fileFor(root: string, url: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const candidate = normalize(join(root, path));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : `${root}${sep}`))
    return undefined;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not there: try the next
    }
  }
  return undefined;
}
