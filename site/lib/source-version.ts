import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { codeDigest } from '@communique/core';

const siteDir = join(import.meta.dirname, '..');

/** The packages that turn the site's components into HTML. */
export const renderingPackages: readonly string[] = ['preact', 'preact-render-to-string'];

/**
 * The version of the site in `dir`: its TypeScript sources and the installed Preact that renders
 * them (with what it depends on), in the content cache's keys of laid-out pages: a changed
 * component or string, or a Preact update, lays every page out again.
 */
export function sourceVersionOf(dir: string): string {
  const code = codeDigest(dir, {
    sourceFolders: ['components', 'lib', 'pages', 'release-files'],
    sources: /\.tsx?$/,
    dependencies: renderingPackages,
  });
  if (code === undefined) throw new Error(`The site's sources are not in ${dir}`);
  return createHash('sha256').update(code).digest('hex').slice(0, 16);
}

export const sourceVersion: string = sourceVersionOf(siteDir);
