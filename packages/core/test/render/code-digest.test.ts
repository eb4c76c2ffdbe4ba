import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { rendererVersion, rendererVersionOf } from '../../src/render/cache-key.ts';
import { codeDigest } from '../../src/render/code-digest.ts';
import { writePackage } from '../helpers/packages.ts';

/** A core-like package: sources, a dependency with one of its own, a patch, a README. */
function fakePackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'communique-code-'));
  writePackage(dir, 'fake-core', '0.1.0', ['remark-parse', '@types/mdast']);
  mkdirSync(join(dir, 'src', 'render'), { recursive: true });
  writeFileSync(join(dir, 'src', 'index.ts'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'src', 'render', 'pipeline.ts'), 'export const b = 2;\n');
  writeFileSync(join(dir, 'README.md'), '# Fake\n');
  mkdirSync(join(dir, 'patches'));
  writeFileSync(join(dir, 'patches', 'micromark@4.0.2.patch'), '--- a\n+++ b\n');
  writePackage(join(dir, 'node_modules', 'remark-parse'), 'remark-parse', '11.0.0', ['micromark']);
  writePackage(join(dir, 'node_modules', 'micromark'), 'micromark', '4.0.2');
  return dir;
}

const options = { sourceFolders: ['src'], sources: /\.ts$/, dependencies: ['remark-parse'] };

describe("a package's code digest", () => {
  test('changes with a source file, a dependency of a dependency and a patch; not with a README', () => {
    const dir = fakePackage();
    const seen = [codeDigest(dir, options)];
    writeFileSync(join(dir, 'README.md'), '# Fake, edited\n');
    expect(codeDigest(dir, options)).toBe(seen[0]);
    writeFileSync(join(dir, 'src', 'render', 'pipeline.ts'), 'export const b = 3;\n');
    seen.push(codeDigest(dir, options));
    writePackage(join(dir, 'node_modules', 'micromark'), 'micromark', '4.0.3');
    seen.push(codeDigest(dir, options));
    writeFileSync(join(dir, 'patches', 'micromark@4.0.2.patch'), '--- a\n+++ b\n+one line more\n');
    seen.push(codeDigest(dir, options));
    expect(new Set(seen).size).toBe(4);
  });

  test('is undefined for a package that does not run from its sources (bundled)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-code-'));
    expect(codeDigest(dir, options)).toBeUndefined();
  });
});

describe("the renderer's version", () => {
  test('changes when a package the core runs with moves, through a dependency of a dependency', () => {
    const dir = fakePackage();
    const before = rendererVersionOf(dir);
    writePackage(join(dir, 'node_modules', 'micromark'), 'micromark', '4.0.3');
    expect(rendererVersionOf(dir)).not.toBe(before);
  });

  test("is the version of this workspace's core, as installed", () => {
    expect(rendererVersion).toBe(rendererVersionOf(fileURLToPath(new URL('../..', import.meta.url))));
    expect(rendererVersion).not.toBe(rendererVersionOf(mkdtempSync(join(tmpdir(), 'communique-code-'))));
  });
});
