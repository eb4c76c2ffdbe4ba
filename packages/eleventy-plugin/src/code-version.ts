import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dependencyVersions, rendererVersion } from '@communique/core';

/** The packages that write outputs for the plugin. */
export const outputPackages: readonly string[] = ['feed'];

/**
 * A hash of the plugin's own sources, the core's version (its sources and the packages it runs
 * with: pages show what the core formats) and the installed versions of the packages that write
 * outputs (`feed`, and everything it depends on), added to the content cache's keys: pages cached
 * by other code are never reused.
 */
export const pluginCodeVersion: string = (() => {
  const hash = createHash('sha256').update(rendererVersion);
  try {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|mjs)$/.test(name))
      .sort();
    for (const name of files) hash.update(`\u0000${name}\u0000`).update(readFileSync(join(dir, name)));
    hash.update(dependencyVersions(join(dir, '..'), outputPackages));
  } catch {
    hash.update('bundled');
  }
  return hash.digest('hex').slice(0, 16);
})();
