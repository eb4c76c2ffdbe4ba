import { fileURLToPath } from 'node:url';
import { dependencyVersions } from '@communique/core';
import { expect, test } from 'vitest';
import { renderingPackages, sourceVersion } from '../lib/source-version.ts';

test("the site's source version names the installed Preact that renders its components", () => {
  const versions = dependencyVersions(fileURLToPath(new URL('..', import.meta.url)), renderingPackages).split(
    ' ',
  );
  expect(versions).toContainEqual(expect.stringMatching(/^preact@\d+\.\d+\.\d+$/));
  expect(versions).toContainEqual(expect.stringMatching(/^preact-render-to-string@\d+\.\d+\.\d+$/));
  expect(versions.filter((version) => version.endsWith('@?'))).toEqual([]);
  expect(sourceVersion).toMatch(/^[0-9a-f]{16}$/);
});
