import { fileURLToPath } from 'node:url';
import { dependencyVersions } from '@communique/core';
import { expect, test } from 'vitest';
import { outputPackages, pluginCodeVersion } from '../src/code-version.ts';

test('the code version names the installed version of each package that writes outputs', () => {
  const versions = dependencyVersions(fileURLToPath(new URL('..', import.meta.url)), outputPackages).split(
    ' ',
  );
  expect(versions).toContainEqual(expect.stringMatching(/^feed@\d+\.\d+\.\d+$/));
  expect(versions.filter((version) => version.endsWith('@?'))).toEqual([]);
  expect(pluginCodeVersion).toMatch(/^[0-9a-f]{16}$/);
});
