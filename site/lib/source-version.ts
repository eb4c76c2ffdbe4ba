import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dependencyVersions } from '@communique/core';

const siteDir = join(import.meta.dirname, '..');
const sourceFolders = ['components', 'lib', 'pages', 'release-files'];
/** The packages that turn the site's components into HTML. */
export const renderingPackages: readonly string[] = ['preact', 'preact-render-to-string'];

/**
 * A hash of the site's TypeScript sources and of the installed Preact that renders them (with
 * everything it depends on), in the content cache's keys of laid-out pages: a changed component
 * or string, or a Preact update, lays every page out again.
 */
export const sourceVersion: string = (() => {
  const hash = createHash('sha256');
  for (const folder of sourceFolders) {
    const dir = join(siteDir, folder);
    const names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.tsx?$/.test(name))
      .sort();
    for (const name of names)
      hash.update(`\u0000${folder}/${name}\u0000`).update(readFileSync(join(dir, name)));
  }
  hash.update(dependencyVersions(siteDir, renderingPackages));
  return hash.digest('hex').slice(0, 16);
})();
