import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { edit, filesOf } from './helpers/files.ts';
import { startServe, stopServers } from './helpers/serve.ts';

afterEach(stopServers);

/** `communique serve` with its content cache in its own temporary folder. */
function serve(...extra: string[]) {
  return startServe('--cache', 'cache', ...extra);
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
}

/** Waits until serve has printed `count` lines matching `pattern` (the test's timeout bounds it). */
async function printed(output: () => string, pattern: RegExp, count = 1): Promise<string> {
  const global = new RegExp(pattern.source, 'g');
  while ((output().match(global) ?? []).length < count)
    await new Promise((resolve) => setTimeout(resolve, 50));
  return output();
}

/** The text Pagefind indexed for each page of the search index in `site` (its fragments, unpacked). */
function indexedText(site: string): string[] {
  const folder = join(site, 'pagefind', 'fragment');
  return readdirSync(folder).map((name) => gunzipSync(readFileSync(join(folder, name))).toString('utf8'));
}

const urls = (sitemap: string) => (sitemap.match(/<loc>[^<]+<\/loc>/g) ?? []).sort();

describe('communique serve: rebuilds after an edit', () => {
  test('an edited release updates its pages, the lists, feeds and sitemap, without a whole build', async () => {
    const { base, content, output } = await serve();
    const sitemapBefore = (await get(`${base}/sitemap.xml`)).body;
    const feedBefore = (await get(`${base}/en/feed.json`)).body;
    const otherBefore = (await get(`${base}/fr/2024/portail-signalement/`)).body;
    edit(
      join(content, 'releases', '2024', 'portal-launch', 'en.md'),
      'Every report counts.',
      'Every single report counts.',
    );
    edit(
      join(content, 'releases', '2024', 'portal-launch', 'en.md'),
      'title: Ukraine opens',
      'title: Ukraine unveils',
    );
    expect(await printed(output, /✔ Updated \d+ pages in \d+ ms/)).not.toContain('Rebuilt');
    const page = (await get(`${base}/en/2024/portal-launch/`)).body;
    expect(page).toContain('Every single report counts.');
    expect(page).toContain('Ukraine unveils');
    expect((await get(`${base}/en/`)).body).toContain('Ukraine unveils');
    const feed = (await get(`${base}/en/feed.json`)).body;
    expect(feed).not.toBe(feedBefore);
    expect(feed).toContain('Ukraine unveils');
    expect((await get(`${base}/en/2024/portal-launch/ninjs.json`)).body).toContain('Ukraine unveils');
    // The sitemap still lists every page (it reads the whole site, not only the edited release).
    expect(urls((await get(`${base}/sitemap.xml`)).body)).toEqual(urls(sitemapBefore));
    // A page of another release is still there, as it was.
    expect((await get(`${base}/fr/2024/portail-signalement/`)).body).toBe(otherBefore);
  });

  test('after a partial rebuild the served folder is what a whole build of the edited content writes, byte for byte', async () => {
    const { dir, content, output } = await serve('--out', 'site');
    const file = join(content, 'releases', '2024', 'portal-launch', 'en.md');
    edit(file, 'Every report counts.', 'Every single report counts.');
    await printed(output, /✔ Updated \d+ pages in \d+ ms/);
    edit(file, 'title: Ukraine opens', 'title: Ukraine unveils');
    await printed(output, /✔ Updated \d+ pages in \d+ ms/, 2);
    await printed(output, /✔ Search index updated \(\d+ pages\)/, 2);
    const bin = join(import.meta.dirname, '..', 'bin', 'communique.mjs');
    const whole = spawnSync(
      process.execPath,
      [
        bin,
        'build',
        '--content',
        content,
        '--out',
        join(dir, 'whole'),
        '--now',
        '2025-01-01T00:00:00Z',
        '--no-cache',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(whole.status).toBe(0);
    const served = filesOf(join(dir, 'site'));
    expect(served[join('en', '2024', 'portal-launch', 'index.html')]).toBeDefined();
    expect(served).toEqual(filesOf(join(dir, 'whole')));
  });

  test('an edit outside release folders, or one that moves a URL, rebuilds the whole site', async () => {
    const { base, content, output } = await serve();
    edit(join(content, 'people.yaml'), '+380 44 568 50 15', '+380 44 568 50 99');
    await printed(output, /✔ Rebuilt \d+ pages/);
    expect((await get(`${base}/en/2024/portal-launch/`)).body).toContain('+380 44 568 50 99');
    edit(
      join(content, 'releases', '2024', 'portal-launch', 'fr.md'),
      'slug: portail-signalement',
      'slug: portail-national',
    );
    await printed(output, /✔ Rebuilt \d+ pages/, 2);
    expect((await get(`${base}/fr/2024/portail-national/`)).status).toBe(200);
    expect((await get(`${base}/fr/2024/portail-signalement/`)).status).toBe(404);
  });

  test('releases edited while the content had errors are published once it is fixed', async () => {
    const { base, content, output } = await serve();
    const broken = join(content, 'releases', '2024', 'portal-launch', 'en.md');
    edit(broken, 'Every report counts.', 'Every report counts :fig[no-such-figure].');
    await printed(output, /Refusing to publish/);
    expect((await get(`${base}/en/`)).status).toBe(500);
    edit(join(content, 'releases', '2023', 'border-workshop', 'en.md'), 'workshop', 'training workshop');
    await printed(output, /Refusing to publish/, 2);
    edit(broken, 'Every report counts :fig[no-such-figure].', 'Every report counts, again.');
    await printed(output, /✔ Updated \d+ pages/);
    expect((await get(`${base}/en/2024/portal-launch/`)).body).toContain('Every report counts, again.');
    expect((await get(`${base}/en/2023/border-workshop/`)).body).toContain('training workshop');
  });

  test('after a partial rebuild the search index catches up in the background', async () => {
    const { dir, content, output } = await serve('--out', 'site');
    const site = join(dir, 'site');
    expect(indexedText(site).some((text) => text.includes('kaleidoscopic'))).toBe(false);
    edit(
      join(content, 'releases', '2024', 'portal-launch', 'en.md'),
      'Every report counts.',
      'Every kaleidoscopic report counts.',
    );
    await printed(output, /✔ Updated \d+ pages in \d+ ms/);
    await printed(output, /✔ Search index updated \(\d+ pages\)/);
    expect(indexedText(site).some((text) => text.includes('kaleidoscopic'))).toBe(true);
    expect(readdirSync(site).filter((name) => name.startsWith('.pagefind'))).toEqual([]);
  });
});
