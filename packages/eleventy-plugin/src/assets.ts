import { copyFileSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { PublishedSite } from './model/site.ts';
import { assetOutputPath } from './model/urls.ts';

/**
 * Copies the files that published pages use (media and linked files) to their `/media/` URLs.
 * Only files the loader listed in the release's own folder are copied, never hidden files, and a
 * path that resolves (through `..` or a symbolic link) outside the release folder is refused.
 * Returns the number of files copied. `releases` limits the copy to those releases' files.
 */
export function copyReleaseAssets(
  site: PublishedSite,
  outputDir: string,
  releases?: ReadonlySet<string>,
): number {
  let copied = 0;
  for (const [releaseId, names] of site.assets) {
    if (releases && !releases.has(releaseId)) continue;
    const dir = site.releaseDir(releaseId);
    if (dir === undefined) continue;
    const listed = new Set(site.releaseFiles(releaseId));
    const [year, slug] = releaseId.split('/') as [string, string];
    const realDir = realpathSync(dir);
    for (const name of names) {
      if (!listed.has(name) || name.split('/').some((part) => part.startsWith('.') || part === '')) continue;
      const source = realpathSync(join(dir, name));
      if (!isInside(realDir, source)) continue;
      const target = assetOutputPath(outputDir, year, slug, name);
      if (!isInside(outputDir, target)) continue;
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(source, target);
      copied++;
    }
  }
  return copied;
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
