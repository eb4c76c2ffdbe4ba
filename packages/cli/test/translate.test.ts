import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPressRoom, textFingerprint } from '@communique/core';
import { describe, expect, it } from 'vitest';
import { withSourceHash } from '../src/translate/record-done.ts';
import { runCli } from './helpers/io.ts';

const fixture = fileURLToPath(new URL('./fixtures/translator-room', import.meta.url));
const release = 'content/releases/2024/all-states';

/** A fresh copy of the translator room, to write in. */
function room(): string {
  const dir = mkdtempSync(join(tmpdir(), 'communique-translate-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

function fingerprint(dir: string, lang: string): string {
  const version = loadPressRoom(join(dir, 'content'))
    .releaseById.get('2024/all-states')
    ?.versions.find((v) => v.lang === lang);
  if (!version) throw new Error(`no ${lang} version`);
  return textFingerprint(version);
}

async function states(dir: string): Promise<Record<string, string>> {
  const { stdout } = await runCli(['status', '--format', 'json'], dir);
  const all = JSON.parse(stdout).releases.find((r: { id: string }) => r.id === '2024/all-states');
  return Object.fromEntries(all.languages.map((l: { lang: string; state: string }) => [l.lang, l.state]));
}

async function diagnostics(dir: string, file: string): Promise<string[]> {
  const { stdout } = await runCli(['check', '--format', 'json'], dir);
  return JSON.parse(stdout)
    .filter((d: { file: string; rule: string }) => d.file === file && d.rule !== 'registry-gap')
    .map((d: { rule: string; line: number }) => `${d.rule}@${d.line}`);
}

describe('communique translate <id> --to <tag>', () => {
  it('scaffolds a translation from the original: source, sourceHash, translatable fields, body', async () => {
    const dir = room();
    const made = await runCli(['translate', '2024/all-states', '--to', 'zh-Hans'], dir);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout).toMatch(/^Created content\/releases\/2024\/all-states\/zh-Hans\.md from en\.md\./);
    expect(readFileSync(join(dir, release, 'zh-Hans.md'), 'utf8')).toBe(
      [
        '---',
        'source: en',
        `sourceHash: "${fingerprint(dir, 'en')}"`,
        'title: Belize joins the reporting portal',
        'summary: 54 countries now offer the portal.',
        'dateline:',
        '  city: Belize City',
        'media:',
        '  - file: portal.png',
        "    alt: The portal's home page",
        '    caption: The portal',
        'changes:',
        '  - note: Corrected the launch date.',
        '---',
        'Belize is one of :fig[countries] countries that offer the portal.',
        '',
        ':::quote{by=walsh}',
        'Every report counts.',
        ':::',
        '',
      ].join('\n'),
    );
  });

  it('makes a version that checks clean and shows as TODO until its text is translated', async () => {
    const dir = room();
    await runCli(['translate', '2024/all-states', '--to', 'zh-Hans'], dir);
    expect(await diagnostics(dir, `${release}/zh-Hans.md`)).toEqual([]);
    expect((await states(dir))['zh-Hans']).toBe('untranslated');
    const file = join(dir, release, 'zh-Hans.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('title: Belize joins the reporting portal', 'title: 伯利兹加入举报门户')
        .replace('Belize is one of', '伯利兹是提供该门户的')
        .replace('countries that offer the portal.', '个国家之一。'),
    );
    expect((await states(dir))['zh-Hans']).toBe('up-to-date');
  });

  it('translates from another version with --from, making a chain', async () => {
    const dir = room();
    const made = await runCli(['translate', '2024/all-states', '--to', 'zh-Hans', '--from', 'fr'], dir);
    expect(made.code).toBe(0);
    const text = readFileSync(join(dir, release, 'zh-Hans.md'), 'utf8');
    expect(text).toContain(
      `---\nsource: fr\nsourceHash: "${fingerprint(dir, 'fr')}"\ntitle: Le Belize rejoint`,
    );
    expect(text).toContain('  - note: Date de lancement corrigée.\n');
    expect(text).toContain('Le Belize est l’un des :fig[countries] pays');
  });

  it('notes when the source it starts from is itself stale', async () => {
    const dir = room();
    const made = await runCli(['translate', '2024/all-states', '--to', 'zh-Hans', '--from', 'es'], dir);
    expect(made.code).toBe(0);
    expect(made.stderr).toBe('note: es.md is itself out of date with en.md\n');
  });

  it('never overwrites an existing file', async () => {
    const dir = room();
    const file = join(dir, release, 'es.md');
    const before = readFileSync(file);
    const again = await runCli(['translate', '2024/all-states', '--to', 'es'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      'content/releases/2024/all-states/es.md already exists; nothing was overwritten',
    );
    expect(readFileSync(file)).toEqual(before);
  });

  it.each([
    [['translate', '2024/all-states', '--to', 'de'], 2, "--to `de` is not one of the site's languages"],
    [['translate', '2024/all-states', '--to', 'ZH-hans'], 2, 'did you mean `zh-Hans`?'],
    [['translate', '2024/all-states', '--to', 'zh-Hans', '--from', 'pt-BR'], 2, '--from `pt-BR`'],
    [['translate', '2024/all-states'], 2, 'needs --to <tag>'],
    [['translate', '--to', 'fr'], 2, 'takes one release id'],
    [['translate', '2024/All_States', '--to', 'fr'], 2, 'slug'],
    [['translate', '2024/all-states', '--to', 'en', '--from', 'fr'], 1, 'already exists'],
    [['translate', '2024/nothing', '--to', 'fr'], 1, 'there is no release `2024/nothing`'],
    [['translate', '2024/all-states', '--to', 'zh-Hans', '--from', 'zh-Hans'], 1, 'no `zh-Hans` version'],
    [
      ['translate', '2024/all-states', '--to', 'ar', '--from', 'ar', '--done'],
      2,
      '--from cannot go with --done',
    ],
  ])('refuses %j with exit %i', async (argv, code, message) => {
    const dir = room();
    const result = await runCli(argv, dir);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expect(readdirSync(join(dir, release)).sort()).toEqual(readdirSync(join(fixture, release)).sort());
  });
});

describe('communique translate <id> --to <tag> --done', () => {
  it('records the source fingerprint, changing only the bytes of the hash', async () => {
    const dir = room();
    const file = join(dir, release, 'es.md');
    const before = readFileSync(file, 'utf8');
    expect(await diagnostics(dir, `${release}/es.md`)).toEqual(['translation-outdated@3']);
    const done = await runCli(['translate', '2024/all-states', '--to', 'es', '--done'], dir);
    expect(done.code).toBe(0);
    const hash = fingerprint(dir, 'en');
    expect(done.stdout).toBe(
      `Recorded content/releases/2024/all-states/es.md as up to date with en.md (sourceHash "${hash}").\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe(before.replace('0a1b2c3d4e5f', hash));
    expect(await diagnostics(dir, `${release}/es.md`)).toEqual([]);
    expect((await states(dir)).es).toBe('up-to-date');
    expect(readdirSync(join(dir, release)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps CRLF line endings, a byte order mark and the comment after the hash', async () => {
    const dir = room();
    const file = join(dir, release, 'es.md');
    const written = `\uFEFF${readFileSync(file, 'utf8')
      .replace('"0a1b2c3d4e5f"', '"0a1b2c3d4e5f"   # updated by the agency')
      .replace('title: Belice', 'title:    Belice')
      .replace(/\n/g, '\r\n')}`;
    writeFileSync(file, written);
    expect((await runCli(['translate', '2024/all-states', '--to', 'es', '--done'], dir)).code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(written.replace('0a1b2c3d4e5f', fingerprint(dir, 'en')));
  });

  it('adds a missing sourceHash on the line after source, in the file’s own line endings', async () => {
    const dir = room();
    const file = join(dir, release, 'uk.md');
    const written = readFileSync(file, 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(file, written);
    expect((await states(dir)).uk).toBe('untracked');
    expect((await runCli(['translate', '2024/all-states', '--to', 'uk', '--done'], dir)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(
      written.replace('source: en\r\n', `source: en\r\nsourceHash: "${fingerprint(dir, 'en')}"\r\n`),
    );
    expect((await states(dir)).uk).toBe('up-to-date');
  });

  it('follows the chain: Arabic is recorded against French, its source', async () => {
    const dir = room();
    const fr = join(dir, release, 'fr.md');
    writeFileSync(
      fr,
      readFileSync(fr, 'utf8').replace('Chaque signalement compte.', 'Tout signalement compte.'),
    );
    expect((await states(dir)).ar).toBe('outdated');
    const done = await runCli(['translate', '2024/all-states', '--to', 'ar', '--done'], dir);
    expect(done.stdout).toContain('as up to date with fr.md');
    expect(readFileSync(join(dir, release, 'ar.md'), 'utf8')).toContain(
      `sourceHash: "${fingerprint(dir, 'fr')}"`,
    );
    expect((await states(dir)).ar).toBe('up-to-date');
  });

  it('leaves a file that is already up to date untouched', async () => {
    const dir = room();
    const file = join(dir, release, 'fr.md');
    const before = readFileSync(file);
    const done = await runCli(['translate', '2024/all-states', '--to', 'fr', '--done'], dir);
    expect(done.stdout).toContain('was already recorded as up to date with en.md; nothing changed');
    expect(readFileSync(file)).toEqual(before);
  });

  it('refuses the original, a missing version and a missing source', async () => {
    const dir = room();
    const original = await runCli(['translate', '2024/all-states', '--to', 'en', '--done'], dir);
    expect([original.code, original.stderr]).toEqual([
      1,
      'communique translate: en.md is the original of `2024/all-states`: only translations record a source\n',
    ]);
    const missing = await runCli(['translate', '2024/all-states', '--to', 'zh-Hans', '--done'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('start one with `communique translate 2024/all-states --to zh-Hans`');
    const uk = join(dir, release, 'uk.md');
    const orphan = readFileSync(uk, 'utf8').replace('source: en', 'source: pt');
    writeFileSync(uk, orphan);
    const lost = await runCli(['translate', '2024/all-states', '--to', 'uk', '--done'], dir);
    expect(lost.code).toBe(1);
    expect(lost.stderr).toContain('uk.md names `source: pt`, and `2024/all-states` has no such version');
    expect(readFileSync(uk, 'utf8')).toBe(orphan);
  });
});

describe('withSourceHash', () => {
  it.each([
    [
      'a quoted hash',
      '---\nsource: en\nsourceHash: "aaaaaaaaaaaa"\ntitle: T\n---\nB\n',
      '---\nsource: en\nsourceHash: "123456789abc"\ntitle: T\n---\nB\n',
    ],
    [
      'an all-digit hash read as a number',
      '---\nsource: en\nsourceHash: 123456789012\n---\n',
      '---\nsource: en\nsourceHash: "123456789abc"\n---\n',
    ],
    [
      'an empty value',
      '---\nsource: en\nsourceHash:\ntitle: T\n---\n',
      '---\nsource: en\nsourceHash: "123456789abc"\ntitle: T\n---\n',
    ],
    [
      'an empty value before a comment',
      '---\nsource: en\nsourceHash:   # todo\n---\n',
      '---\nsource: en\nsourceHash: "123456789abc"   # todo\n---\n',
    ],
    [
      'no hash, source last',
      '---\ntitle: T\nsource: en # from English\n---\nB',
      '---\ntitle: T\nsource: en # from English\nsourceHash: "123456789abc"\n---\nB',
    ],
  ])('sets %s', (_, before, after) => {
    expect(withSourceHash(before, '123456789abc', 'fr.md')).toBe(after);
  });

  it('refuses files it cannot read safely', () => {
    expect(() => withSourceHash('no front matter', 'h', 'fr.md')).toThrow(/no front matter/);
    expect(() => withSourceHash('---\ntitle: [\n---\n', 'h', 'fr.md')).toThrow(/cannot be read/);
    expect(() => withSourceHash('---\ntitle: T\n---\n', 'h', 'fr.md')).toThrow(/no `source:` line/);
  });
});
