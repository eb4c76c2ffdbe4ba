import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';

/**
 * The installed packages that `names` need, theirs included, as `name@version` (sorted), found the
 * way Node resolves them from `packageDir`: the whole tree a rendered body depends on. A lockfile
 * update that moves only a dependency of a dependency (micromark's, say) changes this text, and so
 * the renderer's version. A package in pnpm's store is named with its store folder too, which
 * holds the hash of a patch applied to it (`patchedDependencies`), or a hash of the whole name
 * where pnpm shortens long ones (on Windows, past 60 characters).
 */
export function dependencyVersions(packageDir: string, names: readonly string[]): string {
  const found = new Map<string, string>();
  const visit = (name: string, fromDir: string): void => {
    const dir = packageFolder(name, fromDir);
    const key = dir ?? `${name}@?`;
    if (found.has(key)) return;
    if (!dir) {
      found.set(key, `${name}@?`);
      return;
    }
    const manifest = readManifest(dir);
    found.set(key, `${name}@${manifest.version}${storeFolderOf(dir)}`);
    for (const dependency of manifest.dependencies) visit(dependency, dir);
  };
  const from = realpathSync.native(packageDir);
  for (const name of names) visit(name, from);
  return [...new Set(found.values())].sort().join(' ');
}

/**
 * The real folder of package `name` as seen from the package in `fromDir` (a real path: pnpm's
 * links are followed first, as Node does), if installed.
 */
function packageFolder(name: string, fromDir: string): string | undefined {
  let dir = fromDir;
  for (;;) {
    const candidate = basename(dir) === 'node_modules' ? join(dir, name) : join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync.native(candidate);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function readManifest(dir: string): { version: string; dependencies: string[] } {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      version?: unknown;
      dependencies?: unknown;
    };
    const dependencies =
      typeof manifest.dependencies === 'object' && manifest.dependencies !== null
        ? Object.keys(manifest.dependencies).sort()
        : [];
    return { version: String(manifest.version), dependencies };
  } catch {
    return { version: '?', dependencies: [] };
  }
}

/** `[<store folder>]` for a package in pnpm's store (`.pnpm/<folder>/node_modules/<name>`), else nothing. */
function storeFolderOf(dir: string): string {
  const parts = dir.split(sep);
  const store = parts.lastIndexOf('.pnpm');
  return store >= 0 && store + 1 < parts.length ? `[${parts[store + 1]}]` : '';
}
