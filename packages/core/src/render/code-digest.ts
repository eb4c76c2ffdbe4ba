import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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

/**
 * The packages a package runs with: its `dependencies`, type packages left out; none for a
 * package without its manifest (bundled).
 */
export function runtimeDependencies(packageDir: string): string[] {
  const file = join(packageDir, 'package.json');
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(manifest.dependencies ?? {}).filter((name) => !name.startsWith('@types/'));
}

/** The files under `dir`, as sorted `/`-separated paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
