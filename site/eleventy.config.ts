import { join, relative } from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import type { PressRoom } from '@communique/core';
import {
  communique,
  type PartialBuild,
  type PublishedSite,
  type ReleaseFilesStarted,
  type ReleaseFilesWritten,
} from '@communique/eleventy-plugin';
import { releaseFiles } from './release-files/index.ts';

/** Where this site's files are, whatever the working directory. */
export const siteDir = import.meta.dirname;

export interface SiteOptions {
  /** The content folder, relative to the working directory or absolute. */
  readonly content: string;
  /** A press room the caller already loaded and checked (the CLI does): the build does not check again. */
  readonly room?: PressRoom;
  /** The instant to publish at (embargoes). Default: now. */
  readonly now?: Date;
  /** Include drafts and embargoed releases with a banner (`communique serve --preview`). */
  readonly preview?: boolean;
  /** Override `site.yaml`'s `baseUrl`. */
  readonly baseUrl?: string;
  /** Called with the published model at each build (see the plugin's `onPublish`). */
  readonly onPublish?: (site: PublishedSite) => void;
  /** The content cache folder (see the plugin's `cache`). */
  readonly cache?: string;
  /** Write only part of the site over a whole build (see the plugin's `partial`). */
  readonly partial?: PartialBuild;
  /** Reuse what an earlier partial build published (see the plugin's `published`). */
  readonly published?: PublishedSite;
  /** Told what was written of the release pages (see the plugin's `onReleaseFiles`). */
  readonly onReleaseFiles?: (written: ReleaseFilesWritten) => void;
  /** Told when the release pages start being placed (see the plugin's `onReleaseFilesStarted`). */
  readonly onReleaseFilesStarted?: (started: ReleaseFilesStarted) => void;
  /** Told how many files of release folders were copied (see the plugin's `onAssetsCopied`). */
  readonly onAssetsCopied?: (copied: number) => void;
}

/**
 * Configures Eleventy for the Communiqué site: TypeScript templates (`.11ty.tsx`) in `pages/`,
 * the plugin over the content folder writing each release page and its ninjs from
 * `release-files/`, the stylesheet copied to `/styles/`.
 */
export function configureSite(options: SiteOptions): (eleventyConfig: UserConfig) => void {
  return (eleventyConfig) => {
    // Eleventy resolves folders against the working directory.
    const fromCwd = (path: string) => relative(process.cwd(), path) || '.';
    eleventyConfig.setInputDirectory(fromCwd(join(siteDir, 'pages')));
    eleventyConfig.addExtension(['11ty.tsx', '11ty.ts'], { key: '11ty.js' });
    eleventyConfig.addTemplateFormats(['11ty.tsx', '11ty.ts']);
    eleventyConfig.addPassthroughCopy({ [fromCwd(join(siteDir, 'styles'))]: 'styles' });
    eleventyConfig.addPlugin(communique, {
      content: options.content,
      ...(options.room ? { room: options.room, failOnErrors: false } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.preview ? { preview: true } : {}),
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...(options.onPublish ? { onPublish: options.onPublish } : {}),
      ...(options.cache ? { cache: options.cache } : {}),
      ...(options.partial ? { partial: options.partial } : {}),
      ...(options.published ? { published: options.published } : {}),
      releaseFiles,
      ...(options.onReleaseFiles ? { onReleaseFiles: options.onReleaseFiles } : {}),
      ...(options.onReleaseFilesStarted ? { onReleaseFilesStarted: options.onReleaseFilesStarted } : {}),
      ...(options.onAssetsCopied ? { onAssetsCopied: options.onAssetsCopied } : {}),
    });
  };
}

/**
 * Run by Eleventy itself (`node --import tsx …/cmd.cjs --config=site/eleventy.config.ts`):
 * publishes `COMMUNIQUE_CONTENT`, else the repository's `content/`.
 */
export default configureSite({ content: process.env.COMMUNIQUE_CONTENT ?? join(siteDir, '..', 'content') });
