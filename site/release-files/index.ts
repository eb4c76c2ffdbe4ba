import type { ReleaseFiles } from '@communique/eleventy-plugin';
import { sourceVersion } from '../lib/source-version.ts';
import { releaseNinjs } from './ninjs.ts';
import { releasePage } from './release-page.tsx';

/**
 * The files of every release page: the page and its ninjs. The plugin writes them itself rather
 * than Eleventy paginating over 50,000 pages, and takes them from the content cache while nothing
 * they show changed; `version` covers this site's own code.
 */
export const releaseFiles: ReleaseFiles = {
  version: sourceVersion,
  files: [releasePage, releaseNinjs],
};
