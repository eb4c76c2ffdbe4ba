import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const siteDir = join(import.meta.dirname, '..');
const sourceFolders = ['components', 'lib', 'pages', 'release-files'];

/**
 * A hash of the site's TypeScript sources, in the content cache's keys of laid-out pages: a
 * changed component or string lays every page out again.
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
  return hash.digest('hex').slice(0, 16);
})();
