import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { sourceVersion, sourceVersionOf } from '../lib/source-version.ts';

function writePreact(dir: string, version: string): void {
  for (const name of ['preact', 'preact-render-to-string']) {
    mkdirSync(join(dir, 'node_modules', name), { recursive: true });
    writeFileSync(join(dir, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
  }
}

test("the site's source version moves with a component and with the installed Preact", () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-site-'));
  for (const folder of ['components', 'lib', 'pages', 'release-files']) mkdirSync(join(dir, folder));
  writeFileSync(join(dir, 'components', 'about.tsx'), 'export const About = () => null;\n');
  writePreact(dir, '10.29.0');
  const seen = [sourceVersionOf(dir)];
  writePreact(dir, '10.29.1');
  seen.push(sourceVersionOf(dir));
  writeFileSync(join(dir, 'components', 'about.tsx'), 'export const About = () => "about";\n');
  seen.push(sourceVersionOf(dir));
  expect(new Set(seen).size).toBe(3);
});

test('the source version in use is that of this site, as installed', () => {
  expect(sourceVersion).toBe(sourceVersionOf(fileURLToPath(new URL('..', import.meta.url))));
});
