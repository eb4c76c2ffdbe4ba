import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A hash of the plugin's own sources, added to the content cache's keys (the core adds its own):
 * pages cached by other code are never reused.
 */
export const pluginCodeVersion: string = (() => {
  const hash = createHash('sha256');
  try {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|mjs)$/.test(name))
      .sort();
    for (const name of files) hash.update(`\u0000${name}\u0000`).update(readFileSync(join(dir, name)));
  } catch {
    hash.update('bundled');
  }
  return hash.digest('hex').slice(0, 16);
})();
