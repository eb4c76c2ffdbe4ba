import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { register } from 'tsx/esm/api';
import { beforeAll, describe, expect, test } from 'vitest';
import { edit, filesOf } from './helpers/files.ts';
import { runCli } from './helpers/io.ts';

const repo = join(import.meta.dirname, '..', '..', '..');
const fixtureRoom = join(repo, 'packages', 'eleventy-plugin', 'test', 'fixtures', 'room');
const now = '2025-01-01T00:00:00Z';

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'communique-cache-'));
  cpSync(fixtureRoom, join(dir, 'content'), { recursive: true });
  return { dir, content: join(dir, 'content'), cache: join(dir, 'cache') };
}

function build(cwd: string, ...args: string[]) {
  return runCli(['build', '--now', now, ...args], cwd);
}

/** Relative path → text of every HTML page under `dir`. */

function cacheEntries(cache: string): string[] {
  if (!existsSync(cache)) return [];
  return readdirSync(cache, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Entries of each kind of the content cache (`<cache>/v1/<kind>/…`). */
function entriesByKind(cache: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of cacheEntries(cache)) {
    const kind = relative(join(cache, 'v1'), file).split(sep)[0]!;
    // A laid-out page is a folder of files, of which `meta.json` is written last.
    if (kind === 'release-files' && !file.endsWith('meta.json')) continue;
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

const releasePage = (out: string) => join(out, 'en', '2024', 'portal-launch', 'index.html');

beforeAll(() => {
  register();
});

describe('communique build --cache', () => {
  test('a warm build writes the same pages as a build without the cache, and still publishes the files bodies link to', async () => {
    const { dir, cache } = workspace();
    expect((await build(dir, '--out', 'plain', '--no-cache')).code).toBe(0);
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
    expect((await build(dir, '--out', 'cold', '--cache', cache)).code).toBe(0);
    const entries = cacheEntries(cache);
    expect(entries.some((file) => file.includes(`${join('v1', 'pages')}`))).toBe(true);
    expect(entries.some((file) => file.includes(`${join('v1', 'checks')}`))).toBe(true);
    expect((await build(dir, '--out', 'warm', '--cache', cache)).code).toBe(0);
    // Nothing new was rendered or checked: every entry was there already.
    expect(cacheEntries(cache).sort()).toEqual(entries.sort());
    const plain = filesOf(join(dir, 'plain'));
    expect(filesOf(join(dir, 'cold'))).toEqual(plain);
    expect(filesOf(join(dir, 'warm'))).toEqual(plain);
    // The annual report is linked from the body only: the warm build copied it without rendering.
    expect(existsSync(join(dir, 'warm', 'media', '2024', 'portal-launch', 'annual-report.pdf'))).toBe(true);
  });

  test('a changed registry entry re-renders the pages that use it', async () => {
    const { dir, content, cache } = workspace();
    expect((await build(dir, '--out', 'public', '--cache', cache)).code).toBe(0);
    const before = readFileSync(releasePage(join(dir, 'public')), 'utf8');
    expect(before).toContain('+380 44 568 50 15');
    expect(before).toContain('Media officer');
    // The contact's phone (contact card) and role (the quote's attribution, in the cached body).
    const people = join(content, 'people.yaml');
    edit(people, '+380 44 568 50 15', '+380 44 568 50 99');
    edit(people, 'en: Media officer', 'en: Head of press');
    const stored = entriesByKind(cache);
    const result = await build(dir, '--out', 'public', '--cache', cache);
    expect(result.code).toBe(0);
    // The portal launch's four versions quote her; the workshop's two pages neither quote nor
    // name her, and no release's checks look at a phone number.
    const after = entriesByKind(cache);
    expect([after.checks, after.pages, after['release-files']]).toEqual([
      stored.checks,
      stored.pages! + 4,
      stored['release-files']! + 4,
    ]);
    const page = readFileSync(releasePage(join(dir, 'public')), 'utf8');
    expect(page).toContain('+380 44 568 50 99');
    expect(page).not.toContain('+380 44 568 50 15');
    const quote = /<figure class="quote"[\s\S]*?<\/figure>/.exec(page)?.[0] ?? page;
    expect(quote).toContain('Head of press');
    expect(page).not.toContain('Media officer');

    // Another contact's mobile number: every page that names him is laid out again (all six), and
    // no body is rendered again (none quotes him).
    edit(people, '+41 79 285 43 66', '+41 79 285 43 67');
    const unquoted = entriesByKind(cache);
    expect((await build(dir, '--out', 'public', '--cache', cache)).code).toBe(0);
    const relaid = entriesByKind(cache);
    expect([relaid.checks, relaid.pages, relaid['release-files']]).toEqual([
      unquoted.checks,
      unquoted.pages,
      unquoted['release-files']! + 6,
    ]);
    expect(
      readFileSync(join(dir, 'public', 'fr', '2023', 'border-workshop', 'index.html'), 'utf8'),
    ).toContain('+41 79 285 43 67');
    expect((await build(dir, '--out', 'plain', '--no-cache')).code).toBe(0);
    expect(filesOf(join(dir, 'public'))).toEqual(filesOf(join(dir, 'plain')));
  });

  test('an edited body shows its new text, and the other pages come from the cache', async () => {
    const { dir, content, cache } = workspace();
    expect((await build(dir, '--out', 'public', '--cache', cache)).code).toBe(0);
    const before = entriesByKind(cache);
    edit(
      join(content, 'releases', '2024', 'portal-launch', 'en.md'),
      'Every report counts.',
      'Every report matters.',
    );
    expect((await build(dir, '--out', 'public', '--cache', cache)).code).toBe(0);
    expect(readFileSync(releasePage(join(dir, 'public')), 'utf8')).toContain('Every report matters.');
    // One body, one release's checks and one laid-out page (with its ninjs) are new.
    const after = entriesByKind(cache);
    expect(after.pages).toBe(before.pages! + 1);
    expect(after.checks).toBe(before.checks! + 1);
    expect(after['release-files']).toBe(before['release-files']! + 1);
  });

  test('a new release is checked, rendered and laid out alone: every other page comes from the cache', async () => {
    const { dir, content, cache } = workspace();
    expect((await build(dir, '--out', 'public', '--cache', cache)).code).toBe(0);
    const before = entriesByKind(cache);
    // A new release in French only, of a year, topic and organisation the site has already.
    const folder = join(content, 'releases', '2023', 'coast-guard-training');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'fr.md'),
      readFileSync(join(content, 'releases', '2023', 'border-workshop', 'fr.md'), 'utf8')
        .replace('Atelier sur la gestion des frontières', 'Formation des garde-côtes')
        .replace('2023-09-12T10:00', '2023-10-03T10:00'),
    );
    expect((await build(dir, '--out', 'public', '--cache', cache)).code).toBe(0);
    const after = entriesByKind(cache);
    expect(after.checks).toBe(before.checks! + 1);
    expect(after.pages).toBe(before.pages! + 1);
    expect(after['release-files']).toBe(before['release-files']! + 1);
    expect(readFileSync(join(dir, 'public', 'fr', '2023', 'index.html'), 'utf8')).toContain(
      'Formation des garde-côtes',
    );
    expect((await build(dir, '--out', 'plain', '--no-cache')).code).toBe(0);
    expect(filesOf(join(dir, 'public'))).toEqual(filesOf(join(dir, 'plain')));
  });

  test('a body is rendered again when a release it links to is published, and the pages that link elsewhere are not', async () => {
    const { dir, cache } = workspace();
    const at = (instant: string, out: string, ...args: string[]) =>
      runCli(['build', '--now', instant, '--out', out, ...args], dir);
    expect((await at(now, 'public', '--cache', cache)).code).toBe(0);
    const link = 'href="/en/2025/zz-canary-embargo/"';
    expect(readFileSync(releasePage(join(dir, 'public')), 'utf8')).not.toContain(link);
    const before = entriesByKind(cache);
    // After the embargo: the canary release is published and the portal launch's link to it holds.
    const later = '2099-06-01T00:00:00Z';
    expect((await at(later, 'public', '--cache', cache)).code).toBe(0);
    expect(readFileSync(releasePage(join(dir, 'public')), 'utf8')).toContain(link);
    // The canary's own page, and the four versions of the release whose bodies link to it; the
    // workshop's two pages, which link to no release that changed, come from the cache.
    const after = entriesByKind(cache);
    expect(after.pages).toBe(before.pages! + 5);
    expect(after['release-files']).toBe(before['release-files']! + 5);
    expect(after.checks).toBe(before.checks);
    expect((await at(later, 'plain', '--no-cache')).code).toBe(0);
    expect(filesOf(join(dir, 'public'))).toEqual(filesOf(join(dir, 'plain')));
  });

  test('listings come from the cache until a page they list, or the listings, change', async () => {
    const { dir, content, cache } = workspace();
    expect((await build(dir, '--out', 'public', '--cache', cache)).code).toBe(0);
    const stored = entriesByKind(cache)['site-pages'];
    // `/<lang>/` and every year, topic and organisation listing of each language.
    expect(stored).toBeGreaterThan(5);
    expect((await build(dir, '--out', 'public', '--cache', cache)).code).toBe(0);
    expect(entriesByKind(cache)['site-pages']).toBe(stored);

    // A title shown in some listings, and a topic new to the site: every listing's browse menu
    // links it, those that do not list the release included.
    const workshop = join(content, 'releases', '2023', 'border-workshop');
    edit(
      join(workshop, 'en.md'),
      'title: Border management workshop in Geneva',
      'title: Border workshop in Geneva',
    );
    edit(join(workshop, 'fr.md'), 'topics: [migration]', 'topics: [migration, border-management]');
    expect((await build(dir, '--out', 'public', '--cache', cache)).code).toBe(0);
    const page = (path: string) => readFileSync(join(dir, 'public', path), 'utf8');
    expect(page('en/index.html')).toContain('Border workshop in Geneva');
    expect(page('en/2023/index.html')).toContain('Border workshop in Geneva');
    expect(page('en/2024/index.html')).toContain('href="/en/topics/border-management/"');
    expect(page('fr/organisations/iom/index.html')).toContain('href="/fr/topics/border-management/"');
    // The same site, file for file, as a build without the cache.
    expect((await build(dir, '--out', 'plain', '--no-cache')).code).toBe(0);
    expect(filesOf(join(dir, 'public'))).toEqual(filesOf(join(dir, 'plain')));

    // Each listing keeps its last two renderings, however many edits there were.
    edit(join(workshop, 'en.md'), 'title: Border workshop in Geneva', 'title: Border workshop, Geneva');
    expect((await build(dir, '--out', 'public', '--cache', cache)).code).toBe(0);
    expect(page('en/index.html')).toContain('Border workshop, Geneva');
    const listings = join(cache, 'v1', 'site-pages');
    const kept = readdirSync(listings).map(
      (folder) =>
        readdirSync(join(listings, folder), { recursive: true, encoding: 'utf8' }).filter((name) =>
          name.endsWith('.txt'),
        ).length,
    );
    expect(Math.max(...kept)).toBe(2);
    expect(kept.length).toBe(stored! + 5);
  });

  test('after a build, entries no build used for a week are removed, at most once a day', async () => {
    const { dir, content, cache } = workspace();
    expect((await build(dir, '--out', 'public', '--cache', cache)).code).toBe(0);
    const first = entriesByKind(cache);
    const body = join(content, 'releases', '2024', 'portal-launch', 'en.md');
    edit(body, 'Every report counts.', 'Every report matters.');
    expect((await build(dir, '--out', 'public', '--cache', cache)).code).toBe(0);
    // The edited version's body, its page and its release's checks are new; the old ones stay.
    const edited = entriesByKind(cache);
    expect([edited.checks, edited.pages, edited['release-files']]).toEqual([
      first.checks! + 1,
      first.pages! + 1,
      first['release-files']! + 1,
    ]);
    // A week and a day later (the last sweep two days ago).
    const then = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    for (const file of cacheEntries(cache)) utimesSync(file, then, then);
    for (const kind of ['checks', 'pages', 'release-files'])
      for (const shard of readdirSync(join(cache, 'v1', kind)))
        for (const name of readdirSync(join(cache, 'v1', kind, shard)))
          utimesSync(join(cache, 'v1', kind, shard, name), then, then);
    const swept = await build(dir, '--out', 'public', '--cache', cache);
    expect(swept.code).toBe(0);
    expect(swept.stdout).toContain('Removed 3 cache entries no build had used for a week');
    // The old version's three (the listings and search indexes keep their last two anyway).
    const after = entriesByKind(cache);
    expect([after.checks, after.pages, after['release-files']]).toEqual([
      first.checks,
      first.pages,
      first['release-files'],
    ]);
    // The same day: no sweep, whatever the entries' age.
    edit(body, 'Every report matters.', 'Every report counts.');
    expect((await build(dir, '--out', 'public', '--cache', cache)).code).toBe(0);
    for (const file of cacheEntries(cache)) utimesSync(file, then, then);
    const today = new Date();
    utimesSync(join(cache, 'v1', 'swept'), today, today);
    const again = await build(dir, '--out', 'public', '--cache', cache);
    expect(again.stdout).not.toContain('Removed');
    expect((await build(dir, '--out', 'plain', '--no-cache')).code).toBe(0);
    expect(filesOf(join(dir, 'public'))).toEqual(filesOf(join(dir, 'plain')));
  });

  test('a corrupt cache is ignored, not fatal, and repaired', async () => {
    const { dir, cache } = workspace();
    expect((await build(dir, '--out', 'first', '--cache', cache)).code).toBe(0);
    // Taken before the cache is spoiled: the output shares its release pages with the cache.
    const first = filesOf(join(dir, 'first'));
    const entries = cacheEntries(cache);
    entries.forEach((file, index) => {
      writeFileSync(file, index % 2 === 0 ? '{"html": "<script>alert(1)</script>"' : 'garbage');
    });
    const result = await build(dir, '--out', 'second', '--cache', cache);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(filesOf(join(dir, 'second'))).toEqual(first);
    // Entries are JSON, but for laid-out pages and the search index (files as published, checked by size).
    const published = [join('v1', 'search'), join('v1', 'release-files')];
    for (const file of cacheEntries(cache).filter(
      (path) => path.endsWith('.json') && !published.some((kind) => path.includes(kind)),
    ))
      expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
  });

  test('the cache goes to node_modules/.cache/communique by default, never inside the content', async () => {
    const { dir, content } = workspace();
    expect((await build(dir, '--out', 'public')).code).toBe(0);
    expect(cacheEntries(join(dir, 'node_modules', '.cache', 'communique')).length).toBeGreaterThan(0);
    const inside = await build(dir, '--out', 'public', '--cache', join(content, 'cache'));
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('is inside the content folder');
    const both = await build(dir, '--out', 'public', '--cache', 'x', '--no-cache');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('either --cache <dir> or --no-cache');
  });
});
