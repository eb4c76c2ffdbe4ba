import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { FrontMatterCache } from '../src/cache/front-matter-cache.ts';
import { checkPressRoom } from '../src/checks/index.ts';
import { loadPressRoom, reloadReleases } from '../src/load/load-press-room.ts';
import { YamlSource } from '../src/load/yaml-source.ts';
import { baseRegistries, original, writeRoom } from './helpers/room.ts';

// Every text the YAML parser is given, to prove which texts a load parsed.
const parsed = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>();
  return {
    ...yaml,
    parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => {
      parsed.texts.push(args[0]);
      return yaml.parseDocument(...args);
    },
  };
});

// Every text gray-matter is given, to prove which files a load split.
const split = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('gray-matter', async (importOriginal) => {
  const matter = (await importOriginal<{ default: (text: string, options?: object) => unknown }>()).default;
  return {
    default: (text: string, options?: object) => {
      split.texts.push(text);
      return matter(text, options);
    },
  };
});

beforeEach(() => {
  parsed.texts.length = 0;
  split.texts.length = 0;
});

const translation = (front: string) =>
  `---\nsource: en\ntitle: Le Belize rejoint le portail\nsummary: Un résumé.\n${front}---\nCorps.\n`;
const broken = '---\ntitle: Belize\nsummary: [unclosed\ndate: 2025-03-14\n---\nBody.\n';
const misspelt = original('Body.', 'figures: { arrests: 5 }\ntitel: Typo\n');
const infinite = original('Body.', 'extra: .inf\nnothing: .nan\nzero: -0\n');

const files = {
  ...baseRegistries,
  'releases/2025/belize/en.md': original('Officers from 12 agencies.'),
  'releases/2025/belize/fr.md': translation(''),
  'releases/2025/broken/en.md': broken,
  'releases/2025/misspelt/en.md': misspelt,
  'releases/2025/infinite/en.md': infinite,
};

/** The front matter text of a release file as `YamlSource` is given it. */
function frontOf(file: string): string {
  return file.slice(3, file.indexOf('\n---\n'));
}

function cacheFile(cacheDir: string): string {
  const dir = join(cacheDir, 'v1', 'front-matter');
  const [shard] = readdirSync(dir);
  const [name] = readdirSync(join(dir, shard ?? ''));
  return join(dir, shard ?? '', name ?? '');
}

function newCacheDir(): string {
  return mkdtempSync(join(tmpdir(), 'communique-front-matter-'));
}

describe('the front matter cache', () => {
  test('a warm load equals a cold one, diagnostics and positions included, without parsing unchanged YAML', () => {
    const root = writeRoom(files);
    const cacheDir = newCacheDir();
    const uncached = loadPressRoom(root);

    const cold = new FrontMatterCache(cacheDir);
    const first = loadPressRoom(root, { frontMatterCache: cold });
    expect(cold.hits).toBe(0);
    expect(first).toEqual(uncached);

    parsed.texts.length = 0;
    split.texts.length = 0;
    const warm = new FrontMatterCache(cacheDir);
    const second = loadPressRoom(root, { frontMatterCache: warm });
    expect(second).toEqual(uncached);
    // Files seen whole before are not split again: only those whose front matter is not cached.
    expect(new Set(split.texts)).toEqual(new Set([broken, infinite]));
    // Parsed again: the syntax error (never cached), and the misspelt file, lazily, to place its
    // diagnostic. Data that JSON cannot carry (`.inf`) is parsed every time.
    expect(new Set(parsed.texts)).toEqual(new Set([frontOf(broken), frontOf(misspelt), frontOf(infinite)]));
    // site.yaml, both registries, and the two clean versions and the misspelt one.
    expect(warm.hits).toBe(6);
    expect(warm.misses).toBe(2);

    expect(second.diagnostics).toEqual(uncached.diagnostics);
    const syntax = second.diagnostics.find((d) => d.file.endsWith(join('broken', 'en.md')));
    expect(syntax).toMatchObject({ rule: 'frontmatter-syntax', line: 4 });
    const schema = second.diagnostics.find((d) => d.message.includes('titel'));
    expect(schema).toMatchObject({ rule: 'schema', line: 9, column: 1 });
    expect(checkPressRoom(second)).toEqual(checkPressRoom(loadPressRoom(root)));
  });

  test('parses an edited front matter again, and keeps only the entries the load used', () => {
    const root = writeRoom(files);
    const cacheDir = newCacheDir();
    loadPressRoom(root, { frontMatterCache: new FrontMatterCache(cacheDir) });
    const entries = () => Object.keys(JSON.parse(readFileSync(cacheFile(cacheDir), 'utf8')).entries).length;
    // Six front matter texts (site.yaml, the registries, three release files), and how each of
    // the three release files was split, by its whole text.
    expect(entries()).toBe(9);

    const edited = translation('').replace('Le Belize', 'Belize');
    writeFileSync(join(root, 'releases/2025/belize/fr.md'), edited);
    rmSync(join(root, 'releases/2025/misspelt'), { recursive: true });
    parsed.texts.length = 0;
    const cache = new FrontMatterCache(cacheDir);
    const room = loadPressRoom(root, { frontMatterCache: cache });
    expect(parsed.texts).toContain(frontOf(edited));
    expect(room.releaseById.get('2025/belize')?.versions[1]?.raw.title).toBe('Belize rejoint le portail');
    expect(cache.hits).toBe(4);
    // Only what this load used: site.yaml, the registries, the English file (whole), and the new
    // French front matter and file. The old French ones and the removed release are gone, and so
    // is the English front matter on its own (its whole file was found).
    expect(entries()).toBe(6);
  });

  test('does not write the file when nothing changed', () => {
    const root = writeRoom(files);
    const cacheDir = newCacheDir();
    loadPressRoom(root, { frontMatterCache: new FrontMatterCache(cacheDir) });
    // The first load that finds the release files whole drops their front matter entries.
    loadPressRoom(root, { frontMatterCache: new FrontMatterCache(cacheDir) });
    const past = new Date('2001-01-01T00:00:00Z');
    utimesSync(cacheFile(cacheDir), past, past);
    loadPressRoom(root, { frontMatterCache: new FrontMatterCache(cacheDir) });
    expect(statSync(cacheFile(cacheDir)).mtimeMs).toBe(past.getTime());
  });

  test('a second save with no load between keeps every entry', () => {
    const root = writeRoom(files);
    const cacheDir = newCacheDir();
    loadPressRoom(root, { frontMatterCache: new FrontMatterCache(cacheDir) });
    const cache = new FrontMatterCache(cacheDir);
    loadPressRoom(root, { frontMatterCache: cache });
    const before = new FrontMatterCache(cacheDir);
    loadPressRoom(root, { frontMatterCache: before });
    cache.save();
    const after = new FrontMatterCache(cacheDir);
    loadPressRoom(root, { frontMatterCache: after });
    // Only the texts that are never kept (broken YAML, `.inf`) are parsed again.
    expect(after.misses).toBe(2);
    expect([after.hits, after.misses]).toEqual([before.hits, before.misses]);
  });

  test.each([
    ['truncated JSON', '{"entries": {"ab'],
    ['the wrong shape', '{"entries": {"ab": 3}}'],
    ['garbage', '\u0000\u00ff'],
  ])('ignores a cache file holding %s', (_label, text) => {
    const root = writeRoom(files);
    const cacheDir = newCacheDir();
    loadPressRoom(root, { frontMatterCache: new FrontMatterCache(cacheDir) });
    writeFileSync(cacheFile(cacheDir), text);
    const cache = new FrontMatterCache(cacheDir);
    expect(loadPressRoom(root, { frontMatterCache: cache })).toEqual(loadPressRoom(root));
    expect(cache.hits).toBe(0);
    // Written again whole.
    expect(new FrontMatterCache(cacheDir).forRoot(root).get(baseRegistries['site.yaml'] ?? '')).toBeDefined();
  });

  test('an entry that is not JSON is a miss, and replaced', () => {
    const root = writeRoom(files);
    const cacheDir = newCacheDir();
    loadPressRoom(root, { frontMatterCache: new FrontMatterCache(cacheDir) });
    const shelf = JSON.parse(readFileSync(cacheFile(cacheDir), 'utf8')) as {
      entries: Record<string, string>;
    };
    for (const key of Object.keys(shelf.entries)) shelf.entries[key] = '{"cut';
    writeFileSync(cacheFile(cacheDir), JSON.stringify(shelf));
    const cache = new FrontMatterCache(cacheDir);
    expect(loadPressRoom(root, { frontMatterCache: cache })).toEqual(loadPressRoom(root));
    expect(cache.hits).toBe(0);
    const again = new FrontMatterCache(cacheDir);
    expect(loadPressRoom(root, { frontMatterCache: again })).toEqual(loadPressRoom(root));
    expect(again.hits).toBe(6);
  });

  test('a cache folder that cannot be written only costs speed', () => {
    const root = writeRoom(files);
    const blocker = join(newCacheDir(), 'file');
    writeFileSync(blocker, '');
    const cache = new FrontMatterCache(blocker);
    expect(loadPressRoom(root, { frontMatterCache: cache })).toEqual(loadPressRoom(root));
  });

  test('reloading releases looks up texts the session has already seen', () => {
    const root = writeRoom(files);
    const cache = new FrontMatterCache(newCacheDir());
    const room = loadPressRoom(root, { frontMatterCache: cache });
    const edited = original('Officers from 13 agencies.');
    writeFileSync(join(root, 'releases/2025/belize/en.md'), edited);
    parsed.texts.length = 0;
    const reloaded = reloadReleases(room, new Set(['2025/belize']), { frontMatterCache: cache });
    // The body changed, not the front matter: neither version is parsed.
    expect(parsed.texts).toEqual([]);
    expect(reloaded).toEqual(reloadReleases(room, new Set(['2025/belize'])));
  });
});

describe('YamlSource with a cache', () => {
  test.each([
    ['infinities and NaN', 'a: .inf\nb: -.inf\nc: .nan\n'],
    ['negative zero', 'zero: -0\n'],
    ['a cycle', 'a: &x [1, *x]\n'],
    ['binary', 'a: !!binary aGVsbG8=\n'],
    ['a set', 'a: !!set { x }\n'],
  ])('never caches %s', (_label, text) => {
    const cache = new FrontMatterCache(newCacheDir());
    const root = cache.forRoot('/room');
    const first = new YamlSource('f.yaml', text, 0, root);
    const second = new YamlSource('f.yaml', text, 0, root);
    expect(cache.hits).toBe(0);
    expect(second.data).toEqual(first.data);
    expect(second.data).toEqual(new YamlSource('f.yaml', text).data);
  });

  test('caches plain data, shared references included, as fresh copies equal to a parse', () => {
    const text =
      'base: &base { city: Geneva, n: 1.5e300 }\nhere: *base\nbig: 12345678901234567890\nempty:\n__proto__: { polluted: true }\n';
    const cache = new FrontMatterCache(newCacheDir());
    const root = cache.forRoot('/room');
    const first = new YamlSource('f.yaml', text, 0, root);
    const second = new YamlSource('f.yaml', text, 0, root);
    expect(cache.hits).toBe(1);
    expect(second.data).toEqual(first.data);
    expect(second.data).not.toBe(first.data);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('places values from a lazy parse after a hit', () => {
    const text = 'title: x\nnested:\n  key: 2\n';
    const cache = new FrontMatterCache(newCacheDir()).forRoot('/room');
    const parsedOnce = new YamlSource('f.md', text, 0, cache);
    const hit = new YamlSource('f.md', text, 0, cache);
    expect(hit.placeOf(['nested', 'key'])).toEqual(parsedOnce.placeOf(['nested', 'key']));
    expect(hit.placeOf(['nested', 'key'])).toEqual({ file: 'f.md', line: 3, column: 8 });
    expect(hit.has(['nested', 'key'])).toBe(true);
  });
});

describe('YAML positions are parsed only to report', () => {
  test('checking a room that reports nothing parses each YAML text once, translations with a source included', () => {
    const root = writeRoom({
      ...baseRegistries,
      'releases/2025/belize/en.md': original('Officers from 12 agencies.'),
      'releases/2025/belize/fr.md': translation('').replace('Corps.', 'Des agents de 12 agences.'),
    });
    const room = loadPressRoom(root);
    expect(checkPressRoom(room)).toEqual([]);
    // site.yaml, people.yaml, organisations.yaml and the two versions: never a second parse.
    expect(parsed.texts).toHaveLength(5);
    expect(new Set(parsed.texts).size).toBe(5);
  });
});
