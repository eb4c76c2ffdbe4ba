import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runtimeDependencies } from '../../src/render/code-digest.ts';
import { dependencyVersions } from '../../src/render/dependency-versions.ts';
import { writePackage } from '../helpers/packages.ts';

describe('the packages a rendered body depends on', () => {
  test('the dependencies of dependencies count, nested installs first, scoped names included', () => {
    const root = mkdtempSync(join(tmpdir(), 'communique-deps-'));
    const modules = join(root, 'node_modules');
    writePackage(join(modules, 'remark-parse'), 'remark-parse', '11.0.0', ['micromark', '@types/mdast']);
    writePackage(join(modules, 'micromark'), 'micromark', '4.0.2', ['micromark-util-chunked']);
    writePackage(join(modules, 'micromark-util-chunked'), 'micromark-util-chunked', '2.0.1');
    writePackage(join(modules, '@types', 'mdast'), '@types/mdast', '4.0.4');
    // A second version, installed under the package that needs it.
    writePackage(join(modules, 'remark-parse', 'node_modules', 'micromark'), 'micromark', '4.0.3');
    expect(dependencyVersions(root, ['remark-parse', 'missing'])).toBe(
      '@types/mdast@4.0.4 micromark@4.0.3 missing@? remark-parse@11.0.0',
    );
  });

  test('a lockfile update of a dependency of a dependency changes the text', () => {
    const root = mkdtempSync(join(tmpdir(), 'communique-deps-'));
    const modules = join(root, 'node_modules');
    writePackage(join(modules, 'remark-parse'), 'remark-parse', '11.0.0', ['micromark']);
    writePackage(join(modules, 'micromark'), 'micromark', '4.0.2');
    const before = dependencyVersions(root, ['remark-parse']);
    writePackage(join(modules, 'micromark'), 'micromark', '4.0.3');
    expect(dependencyVersions(root, ['remark-parse'])).not.toBe(before);
  });

  test("pnpm's layout: dependencies beside the package in its store folder, a patch by its hash", () => {
    const root = mkdtempSync(join(tmpdir(), 'communique-deps-'));
    const store = join(root, 'node_modules', '.pnpm');
    const parse = join(store, 'remark-parse@11.0.0', 'node_modules', 'remark-parse');
    const compile = join(store, 'mdast-util-from-markdown@2.1.0_patch_hash=cd73', 'node_modules');
    writePackage(parse, 'remark-parse', '11.0.0', ['mdast-util-from-markdown']);
    writePackage(join(compile, 'mdast-util-from-markdown'), 'mdast-util-from-markdown', '2.1.0');
    symlinkSync(
      join(compile, 'mdast-util-from-markdown'),
      join(store, 'remark-parse@11.0.0', 'node_modules', 'mdast-util-from-markdown'),
    );
    symlinkSync(parse, join(root, 'node_modules', 'remark-parse'));
    expect(dependencyVersions(root, ['remark-parse'])).toBe(
      'mdast-util-from-markdown@2.1.0[mdast-util-from-markdown@2.1.0_patch_hash=cd73] remark-parse@11.0.0[remark-parse@11.0.0]',
    );
  });
});

test("this workspace's renderer: the patched Markdown compiler is named with its patch", () => {
  const core = fileURLToPath(new URL('../..', import.meta.url));
  const versions = dependencyVersions(core, runtimeDependencies(core)).split(' ');
  expect(versions).toContainEqual(
    expect.stringMatching(
      /^mdast-util-from-markdown@2\.1\.0\[mdast-util-from-markdown@2\.1\.0_patch_hash=[0-9a-f]{16,}\]$/,
    ),
  );
  expect(versions).toContainEqual(expect.stringMatching(/^micromark@\d+\.\d+\.\d+\[micromark@/));
  expect(versions).toContainEqual(expect.stringMatching(/^libphonenumber-js@\d+\.\d+\.\d+\[/));
  expect(versions.filter((version) => version.endsWith('@?'))).toEqual([]);
});
