import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registries, release, runCli, scratch } from './helpers/io.ts';

const room = () =>
  scratch({
    ...registries,
    'content/releases/2025/portal/en.md': release(
      'We saw :fig[arrests].\n',
      'figures:\n  arrests: 3\nmedia:\n  - { file: a.png, alt: A photo, caption: The portal }\n',
    ),
    'content/releases/2025/portal/a.png': 'x',
  });

describe('communique translate', () => {
  it('scaffolds a translation that checks clean, is marked to translate, then up to date once translated', async () => {
    const dir = room();
    const made = await runCli(['translate', '2025/portal', '--to', 'fr'], dir);
    expect(made.code).toBe(0);
    const text = readFileSync(join(dir, 'content/releases/2025/portal/fr.md'), 'utf8');
    expect(text).toMatch(
      /^---\nsource: en\nsourceHash: "[0-9a-f]{12}"\ntitle: Portal\nsummary: A summary\.\ndateline:\n {2}city: Geneva\nmedia:\n {2}- file: a\.png\n {4}alt: A photo\n {4}caption: The portal\n---\nWe saw :fig\[arrests\]\.\n/,
    );
    const checked = await runCli(['check', '--format', 'json'], dir);
    expect(JSON.parse(checked.stdout)).toEqual([]);
    const status = await runCli(['status', '--format', 'json'], dir);
    expect(JSON.parse(status.stdout).releases[0].languages.map((l: { state: string }) => l.state)).toEqual([
      'original',
      'untranslated',
    ]);
    const file = join(dir, 'content/releases/2025/portal/fr.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('title: Portal', 'title: Portail')
        .replace('We saw', 'Nous avons vu'),
    );
    const translated = await runCli(['status', '--format', 'json'], dir);
    expect(JSON.parse(translated.stdout).releases[0].languages[1].state).toBe('up-to-date');
  });

  it('never overwrites an existing translation', async () => {
    const dir = room();
    const file = join(dir, 'content/releases/2025/portal/fr.md');
    writeFileSync(file, 'mon travail');
    const again = await runCli(['translate', '2025/portal', '--to', 'fr'], dir);
    expect(again.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('mon travail');
  });

  it('--done rewrites only the sourceHash line, keeping every other byte (CRLF included)', async () => {
    const dir = room();
    const file = join(dir, 'content/releases/2025/portal/fr.md');
    const written =
      '---\r\nsource: en # from English\r\nsourceHash: "000000000000"\r\ntitle:   Portail   # odd spacing kept\r\nsummary: Résumé.\r\n---\r\nNous avons vu :fig[arrests].\r\n';
    writeFileSync(file, written);
    expect((await runCli(['check', '--format', 'json'], dir)).stdout).toContain('translation-outdated');
    const done = await runCli(['translate', '2025/portal', '--to', 'fr', '--done'], dir);
    expect(done.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after.replace(/sourceHash: "[0-9a-f]{12}"/, 'sourceHash: "000000000000"')).toBe(written);
    expect(after).not.toBe(written);
    expect((await runCli(['check', '--format', 'json'], dir)).stdout).not.toContain('translation-outdated');
  });

  it('--done adds a missing sourceHash after source', async () => {
    const dir = room();
    const file = join(dir, 'content/releases/2025/portal/fr.md');
    writeFileSync(
      file,
      '---\nsource: en\ntitle: Portail\nsummary: Résumé.\n---\nNous avons vu :fig[arrests].\n',
    );
    await runCli(['translate', '2025/portal', '--to', 'fr', '--done'], dir);
    expect(readFileSync(file, 'utf8')).toMatch(
      /^---\nsource: en\nsourceHash: "[0-9a-f]{12}"\ntitle: Portail\n/,
    );
  });

  it('refuses what cannot be done, with exit 1 or 2', async () => {
    const dir = room();
    expect((await runCli(['translate', '2025/portal', '--to', 'de'], dir)).code).toBe(2);
    expect((await runCli(['translate', '2025/portal'], dir)).code).toBe(2);
    expect((await runCli(['translate', '2025/nothing', '--to', 'fr'], dir)).code).toBe(1);
    expect((await runCli(['translate', '2025/portal', '--to', 'fr', '--done'], dir)).code).toBe(1);
    expect((await runCli(['translate', '2025/portal', '--to', 'en', '--done'], dir)).stderr).toContain(
      'is the original',
    );
    expect((await runCli(['translate', '2025/portal', '--to', 'fr', '--from', 'uk'], dir)).stderr).toContain(
      'no `uk` version',
    );
  });
});
