import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rendererVersion } from '@communique/core';
import { expect, test } from 'vitest';
import { pluginCodeVersion, pluginCodeVersionOf } from '../src/code-version.ts';

function writeFeed(dir: string, version: string): void {
  mkdirSync(join(dir, 'node_modules', 'feed'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'feed', 'package.json'), JSON.stringify({ name: 'feed', version }));
}

test("the plugin's code version moves with its sources, the core's version and feed's", () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-plugin-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'index.ts'), 'export {};\n');
  writeFeed(dir, '5.1.0');
  const seen = [pluginCodeVersionOf(dir, 'core-1'), pluginCodeVersionOf(dir, 'core-2')];
  writeFeed(dir, '5.2.0');
  seen.push(pluginCodeVersionOf(dir, 'core-2'));
  writeFileSync(join(dir, 'src', 'index.ts'), 'export const changed = true;\n');
  seen.push(pluginCodeVersionOf(dir, 'core-2'));
  expect(new Set(seen).size).toBe(4);
});

test('the code version in use is that of this workspace, as installed', () => {
  expect(pluginCodeVersion).toBe(
    pluginCodeVersionOf(fileURLToPath(new URL('..', import.meta.url)), rendererVersion),
  );
});
