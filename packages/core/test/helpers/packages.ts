import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes an installed package's manifest into `dir`: its name, version and dependencies. */
export function writePackage(dir: string, name: string, version: string, dependencies: string[] = []): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name, version, dependencies: Object.fromEntries(dependencies.map((d) => [d, '*'])) }),
  );
}
