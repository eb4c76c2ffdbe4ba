import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dependencyVersions } from './dependency-versions.ts';

export interface CodeDigestOptions {
  /** Folders of the package whose source files count, as found in a checkout. */
  readonly sourceFolders: readonly string[];
  /** Which files in them are sources. */
  readonly sources: RegExp;
  /** The packages the code runs with: their installed versions count, theirs included. */
  readonly dependencies: readonly string[];
}

/**
 * A digest of a package's code as installed: its source files (names and bytes), the installed
 * version of every package it runs with and of the packages those depend on (`dependencyVersions`),
 * and the patches in its `patches/` folder (pnpm's `patchedDependencies`), whatever pnpm's layout.
 * Undefined when the package does not run from its sources (bundled: no source folder).
 */
export function codeDigest(packageDir: string, options: CodeDigestOptions): string | undefined {
  if (!options.sourceFolders.every((folder) => existsSync(join(packageDir, folder)))) return undefined;
  const hash = createHash('sha256');
  for (const folder of options.sourceFolders)
    for (const file of filesUnder(join(packageDir, folder)).filter((name) => options.sources.test(name)))
      hash.update(`\u0000${folder}/${file}\u0000`).update(readFileSync(join(packageDir, folder, file)));
  const patches = join(packageDir, 'patches');
  if (existsSync(patches))
    for (const file of filesUnder(patches))
      hash.update(`\u0000patches/${file}\u0000`).update(readFileSync(join(patches, file)));
  hash.update(`\u0000${dependencyVersions(packageDir, options.dependencies)}`);
  return hash.digest('hex');
}

/** The packages a package runs with: its `dependencies`, type packages left out. */
export function runtimeDependencies(packageDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(manifest.dependencies ?? {}).filter((name) => !name.startsWith('@types/'));
}

/** The files under `dir`, as sorted `/`-separated paths relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesUnder(dir, path) : [path];
    });
}
