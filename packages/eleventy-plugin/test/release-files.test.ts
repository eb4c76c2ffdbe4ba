import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Eleventy, type UserConfig } from '@11ty/eleventy';
import { loadPressRoom } from '@communique/core';
import { describe, expect, test } from 'vitest';
import {
  type CommuniqueOptions,
  communique,
  type ReleaseFiles,
  type ReleaseFilesWritten,
} from '../src/index.ts';
import { resolveOptions } from '../src/options.ts';
import { layOutAhead, startReleaseFiles, writeReleaseFiles } from '../src/outputs/release-files.ts';
import { publishForBuild } from '../src/publish-for-build.ts';
import { copyOfFixture, emptyDir, now } from './helpers.ts';

/** A site's release files: the page as HTML showing its title and body, and a text file beside it. */
const files: ReleaseFiles = {
  version: 'test-1',
  files: [
    {
      url: (page) => page.url,
      render: ({ release }) => `<!doctype html><title>${release.title}</title>${release.body}`,
    },
    { url: (page) => `${page.url}about.txt`, render: ({ release }) => `${release.lang} ${release.title}` },
  ],
};

interface Built {
  readonly out: string;
  readonly written: ReleaseFilesWritten | undefined;
}

async function build(
  options: Omit<CommuniqueOptions, 'releaseFiles' | 'onReleaseFiles'> & { releaseFiles?: ReleaseFiles },
  out: string = emptyDir(),
  templates: (eleventyConfig: UserConfig) => void = () => {},
): Promise<Built> {
  let written: ReleaseFilesWritten | undefined;
  const eleventy = new Eleventy(emptyDir(), out, {
    configPath: false,
    quietMode: true,
    config: (eleventyConfig) => {
      eleventyConfig.addPlugin(communique, {
        now,
        releaseFiles: files,
        ...options,
        onReleaseFiles: (report: ReleaseFilesWritten) => {
          written = report;
        },
      });
      templates(eleventyConfig);
    },
  });
  eleventy.disableLogger();
  await eleventy.write();
  return { out, written };
}

function tree(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      found[relative(dir, join(entry.parentPath, entry.name))] = readFileSync(
        join(entry.parentPath, entry.name),
        'utf8',
      );
  }
  return found;
}

describe('releaseFiles: the plugin writes each release page’s files itself', () => {
  test('every published page gets each file at its URL, with what the renderer made of it', async () => {
    const { out, written } = await build({ content: copyOfFixture() });
    const page = readFileSync(join(out, 'fr', '2024', 'portail-signalement', 'index.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html><title>[^<]+<\/title><p>/);
    expect(readFileSync(join(out, 'fr', '2024', 'portail-signalement', 'about.txt'), 'utf8')).toMatch(/^fr /);
    // Six published versions (the draft and the embargoed release are not published).
    expect(written).toMatchObject({
      pages: 6,
      files: 12,
      html: 6,
      fromCache: 0,
      digest: undefined,
      digests: undefined,
    });
    expect(Object.keys(tree(out)).some((path) => path.includes('zz-canary'))).toBe(false);
    // The files the bodies link to are published with them.
    expect(existsSync(join(out, 'media', '2024', 'portal-launch', 'annual-report.pdf'))).toBe(true);
  });

  test('with a cache, an unchanged page is copied from it (its files and the files its body uses), an edited one laid out again', async () => {
    const content = copyOfFixture();
    const cache = emptyDir();
    const cold = await build({ content, cache });
    expect(cold.written).toMatchObject({ pages: 6, fromCache: 0 });
    const warm = await build({ content, cache });
    expect(warm.written).toMatchObject({ pages: 6, fromCache: 6 });
    expect(warm.written?.digest).toBe(cold.written?.digest);
    expect(tree(warm.out)).toEqual(tree(cold.out));
    expect(existsSync(join(warm.out, 'media', '2024', 'portal-launch', 'annual-report.pdf'))).toBe(true);

    const file = join(content, 'releases', '2023', 'border-workshop', 'fr.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '\n---\nDes responsables',
        '\n---\nUne phrase ajoutée. Des responsables',
      ),
    );
    const edited = await build({ content, cache });
    expect(edited.written).toMatchObject({ pages: 6, fromCache: 5 });
    expect(edited.written?.digest).not.toBe(cold.written?.digest);
    // One digest per language folder: only the edited page's language changed.
    const languages = Object.keys(cold.written?.digests ?? {}).sort();
    expect(languages).toEqual(['ar', 'en', 'fr', 'uk']);
    expect(warm.written?.digests).toEqual(cold.written?.digests);
    for (const lang of languages) {
      const same = edited.written?.digests?.[lang] === cold.written?.digests?.[lang];
      expect([lang, same]).toEqual([lang, lang !== 'fr']);
    }
    expect(readFileSync(join(edited.out, 'fr', '2023', 'border-workshop', 'index.html'), 'utf8')).toContain(
      'Une phrase ajoutée.',
    );
  });

  test('the output shares its files with the cache, and writing a page again never changes the cached one', async () => {
    const content = copyOfFixture();
    const cache = emptyDir();
    const cold = await build({ content, cache });
    const page = join(cold.out, 'fr', '2023', 'border-workshop', 'index.html');
    const original = readFileSync(page, 'utf8');
    // One file under two names: the page was written once, and is not copied on a hit.
    expect(statSync(page).nlink).toBe(2);

    const file = join(content, 'releases', '2023', 'border-workshop', 'fr.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace('\n---\nDes responsables', '\n---\nUne phrase ajoutée. Des responsables'),
    );
    // Into the same folder, as serve does: the edited page replaces the shared file.
    const edited = await build({ content, cache }, cold.out);
    expect(edited.written).toMatchObject({ pages: 6, fromCache: 5 });
    expect(readFileSync(page, 'utf8')).toContain('Une phrase ajoutée.');

    writeFileSync(file, text);
    const undone = await build({ content, cache });
    expect(undone.written).toMatchObject({ pages: 6, fromCache: 6 });
    expect(readFileSync(join(undone.out, 'fr', '2023', 'border-workshop', 'index.html'), 'utf8')).toBe(
      original,
    );
  });

  test('pages the worker thread could not place are placed by the main thread: the same files', async () => {
    const content = copyOfFixture();
    const cache = emptyDir();
    await build({ content, cache });
    const published = () =>
      publishForBuild(loadPressRoom(content), { now, preview: false, baseUrl: undefined, cache });
    const byWorker = emptyDir();
    const placed = await startReleaseFiles(published(), byWorker, files, { cache }).finish();
    expect(placed).toMatchObject({ pages: 6, fromCache: 6 });

    const failing = join(emptyDir(), 'failing-worker.mjs');
    writeFileSync(failing, "throw new Error('no worker here');\n");
    const byMain = emptyDir();
    const fallback = await startReleaseFiles(published(), byMain, files, {
      cache,
      worker: pathToFileURL(failing),
    }).finish();
    expect(fallback).toEqual(placed);
    expect(tree(byMain)).toEqual(tree(byWorker));
    expect(Object.keys(tree(byMain))).toHaveLength(12);
  });

  test('pages laid out ahead into the cache are placed by the build, the same files as laid out there', async () => {
    const content = copyOfFixture();
    const published = (cache?: string) =>
      publishForBuild(loadPressRoom(content), { now, preview: false, baseUrl: undefined, cache });
    const reference = emptyDir();
    const plain = await startReleaseFiles(published(), reference, files, { cache: emptyDir() }).finish();
    expect(plain).toMatchObject({ pages: 6, fromCache: 0 });

    const cache = emptyDir();
    const site = published(cache);
    const some = new Set(['2024/portal-launch']);
    const first = layOutAhead(site, files, { cache, releases: some });
    expect(first).toBe(site.pages.filter((page) => page.releaseId === '2024/portal-launch').length);
    expect(first).toBeGreaterThan(0);
    // A page the cache holds is not laid out again.
    expect(layOutAhead(site, files, { cache, releases: some })).toBe(0);
    expect(existsSync(join(cache, 'v1', 'release-files'))).toBe(true);

    const out = emptyDir();
    const started = startReleaseFiles(published(cache), out, files, { cache });
    const placed = await started.finish();
    expect(placed).toMatchObject({ pages: 6, fromCache: first });
    expect(tree(out)).toEqual(tree(reference));
    // Known before any page was written (a search index is keyed by the digests): what a plain
    // write of the same pages reports, file by file.
    const plainly = writeReleaseFiles(published(cache), emptyDir(), files, { cache });
    const { fromCache: _, ...written } = plainly;
    expect(started.planned).toEqual(written);
    expect(placed).toEqual({ ...started.planned, fromCache: first });
    expect(Object.keys(started.planned.digests ?? {}).sort()).toEqual(['ar', 'en', 'fr', 'uk']);
  });

  test('a cache entry that is not what it should be is a miss, not a broken page', async () => {
    const content = copyOfFixture();
    const cache = emptyDir();
    const cold = await build({ content, cache });
    // Taken before the cache is spoiled: the output shares its files with the cache.
    const expected = tree(cold.out);
    const entries = join(cache, 'v1', 'release-files');
    for (const entry of readdirSync(entries, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) writeFileSync(join(entry.parentPath, entry.name), '{"texts": ["<p>not this</p>"]}');
    const warm = await build({ content, cache });
    expect(warm.written).toMatchObject({ fromCache: 0 });
    expect(tree(warm.out)).toEqual(expected);
  });

  test('a laid-out file cut short in the cache is a miss: the page is laid out again, whole', async () => {
    const content = copyOfFixture();
    const cache = emptyDir();
    const cold = await build({ content, cache });
    const expected = tree(cold.out);
    const entries = join(cache, 'v1', 'release-files');
    let cut = 0;
    for (const entry of readdirSync(entries, { recursive: true, withFileTypes: true }))
      if (entry.isFile() && entry.name === '0') {
        const file = join(entry.parentPath, entry.name);
        writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40));
        cut++;
      }
    expect(cut).toBe(6);
    const warm = await build({ content, cache });
    expect(warm.written).toMatchObject({ fromCache: 0 });
    expect(tree(warm.out)).toEqual(expected);
    // Laid out again and stored again: the next build copies every page.
    expect((await build({ content, cache })).written).toMatchObject({ fromCache: 6 });
  });

  test('a partial build writes the files of the given releases only, and none for the site pages', async () => {
    const content = copyOfFixture();
    const releases = new Set(['2023/border-workshop']);
    const pages = await build({ content, partial: { part: 'release-pages', releases } });
    expect(
      Object.keys(tree(pages.out))
        .filter((path) => !path.startsWith('media'))
        .sort(),
    ).toEqual([
      join('en', '2023', 'border-workshop', 'about.txt'),
      join('en', '2023', 'border-workshop', 'index.html'),
      join('fr', '2023', 'border-workshop', 'about.txt'),
      join('fr', '2023', 'border-workshop', 'index.html'),
    ]);
    const site = await build({ content, partial: { part: 'site-pages', releases } });
    expect(site.written).toBeUndefined();
  });

  test('a template writing where a release file goes is refused with both named', async () => {
    const out = emptyDir();
    const clash = (eleventyConfig: UserConfig) =>
      eleventyConfig.addTemplate(
        'clash.11ty.js',
        { data: { permalink: '/en/2023/border-workshop/' }, render: () => 'x' },
        {},
      );
    await expect(build({ content: copyOfFixture() }, out, clash)).rejects.toThrow(
      /`\/en\/2023\/border-workshop\/index.html` is written both by a template and for release page \/en\/2023\/border-workshop\//,
    );
  });

  test('a release page reads its own listings and the site’s languages, and no listing of other releases', async () => {
    const own: ReleaseFiles = {
      version: 'own-listings',
      files: [
        {
          url: (page) => page.url,
          render: ({ communique, release }) =>
            [
              communique.language(release.lang)?.title.text,
              communique.listing('year', release.year, release.lang)?.url,
              ...release.topics.map((id) => communique.listing('topic', id, 'en')?.url ?? 'none'),
              // The view holds names and URLs only: no list of other releases to read.
              'releases' in (communique.language(release.lang) ?? {}),
            ].join(' '),
        },
      ],
    };
    const { out } = await build({ content: copyOfFixture(), releaseFiles: own });
    expect(readFileSync(join(out, 'fr', '2023', 'border-workshop', 'index.html'), 'utf8')).toBe(
      'Salle de presse d’exemple /fr/2023/ /en/topics/migration/ false',
    );
    const nosy: ReleaseFiles = {
      version: 'nosy',
      files: [
        {
          url: (page) => page.url,
          render: ({ communique }) => `${communique.listing('topic', 'online-child-protection', 'en')?.url}`,
        },
      ],
    };
    await expect(build({ content: copyOfFixture(), releaseFiles: nosy })).rejects.toThrow(
      /the page of release 2023\/border-workshop asked for the topic listing `online-child-protection`: a release page may link only the listings of its own topics, organisations and year/,
    );
  });

  test('a URL that would leave the output folder is refused', async () => {
    const out = emptyDir();
    const leaving: ReleaseFiles = {
      version: 'x',
      files: [{ url: () => '/../escaped.html', render: () => 'x' }],
    };
    await expect(build({ content: copyOfFixture(), releaseFiles: leaving }, out)).rejects.toThrow(
      /the URL `\/\.\.\/escaped\.html` of a file of release page .* is not a path inside the output folder/,
    );
    expect(existsSync(join(out, '..', 'escaped.html'))).toBe(false);
    rmSync(out, { recursive: true, force: true });
  });

  test('the option is checked', () => {
    expect(() => resolveOptions({ content: 'content', releaseFiles: { version: '', files: [] } })).toThrow(
      /Unexpected value for the `releaseFiles` option/,
    );
    expect(() => resolveOptions({ content: 'content', releaseFiles: files, onReleaseFiles: 1 })).toThrow(
      /Unexpected value for the `onReleaseFiles` option/,
    );
  });
});
