import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Eleventy, type EleventyJsonPage, type UserConfig } from '@11ty/eleventy';
import { type CommuniqueOptions, communique, type PublishedSite, type ReleasePage } from '../src/index.ts';

/** A small press room in en, fr, ar, uk (es has no versions), with an embargoed and a draft release full of canaries. */
export const fixtureRoom = join(import.meta.dirname, 'fixtures', 'room');

/** Before the embargo of `2025/zz-canary-embargo` (2099), after everything else. */
export const now = new Date('2025-01-01T00:00:00Z');

export function copyOfFixture(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'communique-plugin-')), 'content');
  cpSync(fixtureRoom, dir, { recursive: true });
  return dir;
}

export function emptyDir(prefix = 'communique-eleventy-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Virtual templates a site would write: one page per release version and one per language, each
 * printing what the model gives it, so tests can read every byte a site could publish.
 */
export function releaseTemplates(eleventyConfig: UserConfig): void {
  eleventyConfig.addTemplate(
    'release.11ty.js',
    {
      data: {
        pagination: { data: 'communique.pages', size: 1, alias: 'release' },
        permalink: (data: { release: ReleasePage }) => data.release.url,
      },
      render: ({ release }: { release: ReleasePage }) =>
        JSON.stringify({ ...release, body: release.body, figures: release.figures }),
    },
    {},
  );
  eleventyConfig.addTemplate(
    'language.11ty.js',
    {
      data: {
        pagination: { data: 'communique.languages', size: 1, alias: 'language' },
        permalink: (data: { language: { url: string } }) => data.language.url,
      },
      render: ({ language }: { language: unknown }) => JSON.stringify(language),
    },
    {},
  );
  eleventyConfig.addTemplate(
    'everything.11ty.js',
    {
      data: { permalink: '/everything.json' },
      render: ({ communique: site }: { communique: PublishedSite }) =>
        JSON.stringify({
          ...site,
          contacts: site.contacts,
          assets: [...site.assets].map(([id, names]) => [id, [...names]]),
        }),
    },
    {},
  );
}

/** Builds in memory with the plugin and the templates above; returns every page. */
export async function buildInMemory(
  options: CommuniqueOptions,
  templates: (eleventyConfig: UserConfig) => void = releaseTemplates,
): Promise<EleventyJsonPage[]> {
  const eleventy = new Eleventy(emptyDir(), emptyDir(), {
    configPath: false,
    quietMode: true,
    config: (eleventyConfig) => {
      eleventyConfig.addPlugin(communique, options);
      templates(eleventyConfig);
    },
  });
  eleventy.disableLogger();
  return eleventy.toJSON();
}
