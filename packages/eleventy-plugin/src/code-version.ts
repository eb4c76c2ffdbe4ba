import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { codeDigest, rendererVersion } from '@communique/core';

/** The packages that write outputs for the plugin. */
export const outputPackages: readonly string[] = ['feed'];

/**
 * The plugin's code version for the plugin package in `packageDir`, with the core's version
 * `coreVersion` (pages show what the core formats): its sources and the installed versions of the
 * packages that write outputs (`feed`, and what it depends on), added to the content cache's keys
 * so that pages cached by other code are never reused.
 */
export function pluginCodeVersionOf(packageDir: string, coreVersion: string): string {
  const code = codeDigest(packageDir, {
    sourceFolders: ['src'],
    sources: /\.(ts|mjs)$/,
    dependencies: outputPackages,
  });
  return createHash('sha256')
    .update(`${coreVersion}\u0000${code ?? 'bundled'}`)
    .digest('hex')
    .slice(0, 16);
}

export const pluginCodeVersion: string = pluginCodeVersionOf(
  fileURLToPath(new URL('..', import.meta.url)),
  rendererVersion,
);
