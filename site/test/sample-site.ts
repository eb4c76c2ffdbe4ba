import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { buildSite } from '../build.ts';

/** The repository's sample press room (11 releases, 7 languages, one embargoed, one draft). */
export const sampleRoom = join(import.meta.dirname, '..', '..', 'content');
/** After every sample release but the embargoed one (2027-02-10) and the draft. */
export const sampleNow = new Date('2026-06-01T00:00:00Z');

let registered = false;

/**
 * Builds the sample press room for real (Eleventy, then the Pagefind index) into a new folder;
 * `preview` includes the draft and the embargoed release, with their banners.
 */
export async function buildSample(options: { readonly preview?: boolean } = {}): Promise<string> {
  if (!registered) {
    register();
    registered = true;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'communique-sample-'));
  await buildSite({
    content: sampleRoom,
    now: sampleNow,
    outDir,
    ...(options.preview ? { preview: true } : {}),
  });
  return outDir;
}

export { type StaticServer, serve } from '../lib/static-host.ts';
