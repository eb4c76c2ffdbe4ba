import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters, styleText } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli, scratch } from './helpers/io.ts';

const room = fileURLToPath(new URL('./fixtures/translator-room', import.meta.url));
const now = '2026-01-01T00:00:00Z';

interface JsonCell {
  lang: string;
  state: string;
  source: string | null;
  required: boolean;
}
interface JsonRelease {
  id: string;
  title: string | null;
  original: string | null;
  publication: string;
  publishesAt: string | null;
  publishesAtWritten: string | null;
  languages: JsonCell[];
}

async function statusJson(at = now) {
  const { code, stdout, stderr } = await runCli(['status', '--format', 'json', '--now', at], room);
  expect([code, stderr]).toEqual([0, '']);
  return JSON.parse(stdout) as {
    now: string;
    languages: string[];
    requiredLanguages: string[];
    releases: JsonRelease[];
    totals: Record<string, number>;
  };
}

describe('communique status --format json', () => {
  it('prints the matrix with every state: original, up to date, TODO, outdated, untracked, missing', async () => {
    const status = await statusJson();
    expect(status.now).toBe('2026-01-01T00:00:00.000Z');
    expect(status.languages).toEqual(['en', 'fr', 'es', 'ar', 'uk', 'ru', 'zh-Hans']);
    expect(status.requiredLanguages).toEqual(['en', 'fr']);
    const cells = status.releases.find((r) => r.id === '2024/all-states')?.languages;
    expect(cells?.map((c) => [c.lang, c.state, c.source, c.required])).toEqual([
      ['en', 'original', null, true],
      ['fr', 'up-to-date', 'en', true],
      ['es', 'outdated', 'en', false],
      ['ar', 'up-to-date', 'fr', false],
      ['uk', 'untracked', 'en', false],
      ['ru', 'untranslated', 'en', false],
      ['zh-Hans', 'missing', null, false],
    ]);
    expect(status.totals).toEqual({
      releases: 4,
      upToDate: 3,
      untranslated: 1,
      outdated: 1,
      untracked: 1,
      missing: 18,
      requiredMissing: 2,
    });
  });

  it('gives embargoed and draft releases the instant each publishes', async () => {
    const byId = Object.fromEntries(
      (await statusJson()).releases.map((r) => [r.id, [r.publication, r.publishesAt, r.publishesAtWritten]]),
    );
    expect(byId).toEqual({
      '2024/all-states': ['published', '2024-03-14T15:00:00.000Z', '2024-03-14T09:00:00-06:00'],
      '2025/regional-conference-on-migration-data-in-west-africa': [
        'published',
        '2025-06-02T09:00:00.000Z',
        '2025-06-02T09:00:00+00:00',
      ],
      '2026/embargoed-report': ['embargoed', '2026-02-10T08:00:00.000Z', '2026-02-10T09:00:00+01:00'],
      '2026/flood-response': ['draft', '2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00+01:00'],
    });
    const later = await statusJson('2026-02-10T08:00:00Z');
    expect(later.releases.find((r) => r.id === '2026/embargoed-report')?.publication).toBe('published');
  });

  it('has the same keys for every release, with null for what is absent', async () => {
    for (const release of (await statusJson()).releases) {
      expect(Object.keys(release)).toEqual([
        'id',
        'title',
        'original',
        'publication',
        'publishesAt',
        'publishesAtWritten',
        'languages',
      ]);
      for (const cell of release.languages)
        expect(Object.keys(cell)).toEqual(['lang', 'state', 'source', 'required']);
    }
  });
});

describe('communique status', () => {
  it('prints a matrix that fits 100 columns with 7 languages and a long release id', async () => {
    const { code, stdout } = await runCli(['status', '--now', now], room);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^release +en\* +fr\* +es +ar +uk +ru +zh-Hans$/);
    expect(stdout).toMatch(/\n2024\/all-states +original +ok +OUTDATED +ok +untracked +TODO +-\n/);
    expect(stdout).toMatch(/\n2025\/regional-conference-on-…[a-z-]+-west-africa +original +MISSING +- /);
    expect(stdout).toMatch(/\n2026\/embargoed-report \(embargoed\) +original +ok +-/);
    expect(stdout).toMatch(/\n2026\/flood-response \(draft\) +original +MISSING +-/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('lists releases not published yet with their instants, then counts what needs doing', async () => {
    const { stdout } = await runCli(['status', '--now', now], room);
    expect(stdout).toContain(
      'Not published yet\n  2026/embargoed-report  embargoed  until 2026-02-10T09:00:00+01:00 (in 40 days)\n  2026/flood-response    draft      dated 2026-03-02T10:00:00+01:00\n',
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '4 releases · 3 up to date · 1 outdated · 1 to translate · 1 untracked · 2 required missing',
    );
  });

  it('colours required gaps only on a colour terminal', async () => {
    const plain = await runCli(['status', '--now', now], room);
    expect(plain.stdout).toBe(stripVTControlCharacters(plain.stdout));
    const coloured = await runCli(['status', '--now', now], room, true);
    expect(coloured.stdout).toContain(styleText(['red', 'bold'], 'MISSING', { validateStream: false }));
    expect(stripVTControlCharacters(coloured.stdout)).toBe(plain.stdout);
  });

  it('refuses bad options and a room without site.yaml', async () => {
    expect((await runCli(['status', '--now', 'tomorrow'], room)).code).toBe(2);
    expect((await runCli(['status', '--format', 'xml'], room)).code).toBe(2);
    expect((await runCli(['status', 'extra'], room)).code).toBe(2);
    expect((await runCli(['status', '--content', 'nowhere'], room)).code).toBe(2);
    const empty = await runCli(['status'], scratch({ 'content/people.yaml': '{}\n' }));
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('site.yaml');
  });
});
