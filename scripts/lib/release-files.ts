import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every language version file of a press room: `releases/<year>/<slug>/<lang>.md`. */
export function* releaseFiles(root: string): Generator<string> {
  const releases = join(root, 'releases');
  for (const year of readdirSync(releases)) {
    for (const slug of readdirSync(join(releases, year))) {
      for (const name of readdirSync(join(releases, year, slug))) {
        if (name.endsWith('.md')) yield join(releases, year, slug, name);
      }
    }
  }
}
