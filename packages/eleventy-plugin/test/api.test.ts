import { describe, expect, test } from 'vitest';
import * as api from '../src/index.ts';

describe('public API', () => {
  test('exports the plugin, the model builder, the URL scheme, the machine-readable outputs and the interface strings', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CommuniquePluginError',
        'FileLinker',
        'PublishedSite',
        'absolute',
        'addFilters',
        'assetPath',
        'atomFeed',
        'feedData',
        'feedEntryLimit',
        'feedPaths',
        'jsonFeed',
        'jsonFeedText',
        'newsArticle',
        'ninjs',
        'ninjsPath',
        'ninjsSchema',
        'ninjsText',
        'ninjsVersion',
        'publishForBuild',
        'scriptJson',
        'sitemapFiles',
        'sitemapPath',
        'sitemapUrlLimit',
        'sitemapUrls',
        'sitemapXml',
        'vcard',
        'vcardPath',
        'writeReleaseFiles',
        'communique',
        'copyReleaseAssets',
        'dataKey',
        'default',
        'languagePath',
        'layOutAhead',
        'publishSite',
        'releasePath',
        'renderBodyAhead',
        'ui',
        'uiKeys',
        'uiLanguage',
        'uiParts',
        'uiStrings',
      ].sort(),
    );
    expect(api.default).toBe(api.communique);
    expect(api.dataKey).toBe('communique');
  });

  test('the plugin is unique and names its package, as Eleventy expects of plugins', () => {
    const plugin = api.communique as unknown as {
      eleventyPackage: string;
      eleventyPluginOptions: { unique: boolean };
    };
    expect(plugin.eleventyPackage).toBe('@communique/eleventy-plugin');
    expect(plugin.eleventyPluginOptions).toEqual({ unique: true });
  });
});
