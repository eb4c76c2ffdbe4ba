import { describe, expect, it } from 'vitest';
import { registries, release, runCli, scratch } from './helpers/io.ts';

const room = () =>
  scratch({
    ...registries,
    'content/site.yaml': registries['content/site.yaml']!.replace(
      'languages: [en, fr]',
      'languages: [en, fr, ar, uk]',
    ).replace('requiredLanguages: [en]', 'requiredLanguages: [en, fr]'),
    'content/releases/2025/current/en.md': release('Current.'),
    'content/releases/2025/current/fr.md':
      '---\nsource: en\nsourceHash: "000000000000"\ntitle: Actuel\nsummary: Résumé.\n---\nActuel.\n',
    'content/releases/2025/current/ar.md': '---\nsource: en\ntitle: حالي\nsummary: ملخص.\n---\nحالي.\n',
    'content/releases/2025/embargoed/en.md': release('Soon.', 'embargo: 2030-01-01T09:00:00+01:00\n'),
    'content/releases/2025/draft/en.md': release('Draft.', 'draft: true\n'),
  });

describe('communique status', () => {
  it('shows the matrix as JSON: original, outdated, untracked, missing, with publication', async () => {
    const { code, stdout } = await runCli(
      ['status', '--format', 'json', '--now', '2026-01-01T00:00:00Z'],
      room(),
    );
    expect(code).toBe(0);
    const status = JSON.parse(stdout);
    expect(status.languages).toEqual(['en', 'fr', 'ar', 'uk']);
    const current = status.releases.find((r: { id: string }) => r.id === '2025/current');
    expect(current.languages.map((l: { lang: string; state: string }) => `${l.lang}:${l.state}`)).toEqual([
      'en:original',
      'fr:outdated',
      'ar:untracked',
      'uk:missing',
    ]);
    const byId = Object.fromEntries(
      status.releases.map((r: { id: string; publication: string; publishesAt?: string }) => [
        r.id,
        [r.publication, r.publishesAt],
      ]),
    );
    expect(byId['2025/embargoed']).toEqual(['embargoed', '2030-01-01T08:00:00.000Z']);
    expect(byId['2025/draft'][0]).toBe('draft');
    expect(byId['2025/current'][0]).toBe('published');
  });

  it('prints a readable matrix with required gaps standing out', async () => {
    const { stdout } = await runCli(['status', '--now', '2026-01-01T00:00:00Z'], room());
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^release\s+en\*\s+fr\*\s+ar\s+uk$/);
    expect(stdout).toMatch(/2025\/current\s+original\s+OUTDATED\s+untracked\s+-/);
    expect(stdout).toMatch(/2025\/draft\s+original\s+MISSING\s+-\s+- \(draft\)/);
    expect(stdout).toContain('  2025/embargoed  embargoed until 2030-01-01T08:00:00.000Z');
    expect(stdout).toContain(
      '3 releases · 0 up to date · 1 outdated · 0 to translate · 1 untracked · 2 required missing',
    );
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
  });
});
