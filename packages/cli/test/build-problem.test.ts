import { existsSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildProblem } from '../src/build/build-problem.ts';

/** Wraps `error` the way Eleventy reports a template it could not write. */
function asEleventyError(error: unknown): Error {
  return Object.assign(
    new Error('Having trouble writing to "en/feed.json" from "./site/pages/feed-json.11ty.ts"'),
    {
      name: 'EleventyTemplateError',
      originalError: error,
    },
  );
}

test.runIf(existsSync('/dev/full'))('a full disk is said as such, not as a bug', () => {
  let full: unknown;
  try {
    writeFileSync('/dev/full', 'x');
  } catch (error) {
    full = error;
  }
  // The write fails, not the opening: Node's error names no file, as when a build fills a disk.
  expect(buildProblem(asEleventyError(full))).toBe('no space is left on the device');
});

test('content and search problems keep their own words; a bug is not a build problem', () => {
  const plugin = Object.assign(new Error('two pages at /en/2024/a/'), { name: 'CommuniquePluginError' });
  expect(buildProblem(asEleventyError(plugin))).toBe('two pages at /en/2024/a/');
  expect(buildProblem(asEleventyError(new TypeError('x is undefined')))).toBeUndefined();
  expect(buildProblem('not even an error')).toBeUndefined();
  const refused = Object.assign(new Error('EROFS'), { code: 'EROFS', path: 'public/en/index.html' });
  expect(buildProblem(asEleventyError(refused))).toBe(
    'the file system is read-only (at `public/en/index.html`)',
  );
});
