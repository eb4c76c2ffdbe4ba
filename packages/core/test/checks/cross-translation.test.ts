import { describe, expect, it } from 'vitest';
import { loadPressRoom, textFingerprint } from '../../src/index.ts';
import { checkFiles, ofRule } from '../helpers/check.ts';
import { baseRegistries, original, writeRoom } from '../helpers/room.ts';

const en = 'releases/2025/portal/en.md';
const fr = 'releases/2025/portal/fr.md';
const ar = 'releases/2025/portal/ar.md';
const body = 'We saw :fig[arrests] on :date[2025-03-01].\n\n:::quote{by=walsh}\nTogether.\n:::';
const frBody = 'Nous avons vu :fig[arrests] le :date[2025-03-01].\n\n:::quote{by=walsh}\nEnsemble.\n:::';
const base = { ...baseRegistries, [en]: original(body, 'figures:\n  arrests: 12\n') };
const translation = (front: string, text = frBody, source = 'en') =>
  `---\nsource: ${source}\ntitle: Titre\nsummary: Résumé.\n${front}---\n${text}\n`;

function fingerprintOf(files: Record<string, string>, lang: string): string {
  const room = loadPressRoom(writeRoom(files));
  return textFingerprint(room.releases[0]!.versions.find((v) => v.lang === lang)!);
}

describe('shared-conflict', () => {
  it('fires at the translation with cause at the original', () => {
    const found = ofRule(
      checkFiles({ ...base, [fr]: translation('contacts: [someone]\nfigures:\n  arrests: 21\n') }),
      'shared-conflict',
    );
    expect(found.map((d) => [d.file, d.line, d.column])).toEqual([
      [fr, 5, 11],
      [fr, 7, 3],
    ]);
    expect(found[1]!.message).toMatch(
      /`figures` is `\{"arrests":21\}` here but `\{"arrests":12\}` in the original `en\.md`/,
    );
  });

  it('accepts a repeated shared field with the same value, and the same instant at another offset', () => {
    const found = checkFiles({
      ...base,
      [fr]: translation(
        'contacts: [walsh]\ndate: 2025-03-14T08:00:00Z\ndateline: { city: Genève, country: CH }\n',
      ),
    });
    expect(ofRule(found, 'shared-conflict')).toEqual([]);
  });

  it('covers dateline country, media file and credit, change dates', () => {
    const files = {
      ...baseRegistries,
      [en]: original(
        body,
        'figures:\n  arrests: 12\nmedia:\n  - { file: a.png, alt: A, credit: IOM }\nchanges:\n  - { date: 2025-03-15T09:00:00+01:00, note: Fixed. }\nupdated: 2025-03-15T09:00:00+01:00\n',
      ),
      'releases/2025/portal/a.png': 'x',
      [fr]: translation(
        'dateline: { city: Genève, country: FR }\nmedia:\n  - { file: b.png, alt: B, credit: OIM }\nchanges:\n  - { date: 2025-03-16T09:00:00+01:00, note: Corrigé. }\n',
      ),
    };
    const found = ofRule(checkFiles(files), 'shared-conflict');
    expect(found.map((d) => d.message.split(' ')[0])).toEqual([
      '`dateline.country`',
      '`media.0.file`',
      '`media.0.credit`',
      '`changes.0.date`',
    ]);
  });
});

describe('translation-outdated', () => {
  it('fires when the source text changed since sourceHash, at the sourceHash value', () => {
    const found = checkFiles({ ...base, [fr]: translation('sourceHash: "000000000000"\n') });
    expect(ofRule(found, 'translation-outdated')).toEqual([
      expect.objectContaining({ file: fr, line: 5, column: 13, severity: 'warning' }),
    ]);
  });

  it('asks for quotes when a hash was written as a number', () => {
    expect(
      ofRule(checkFiles({ ...base, [fr]: translation('sourceHash: 123456789012\n') }), 'schema'),
    ).toEqual([
      expect.objectContaining({
        file: fr,
        line: 5,
        column: 13,
        message: expect.stringMatching(/expected string/),
      }),
    ]);
  });

  it('is silent when the hash matches, ignores whitespace-only edits, and skips untracked translations', () => {
    const hash = fingerprintOf(base, 'en');
    expect(
      ofRule(checkFiles({ ...base, [fr]: translation(`sourceHash: "${hash}"\n`) }), 'translation-outdated'),
    ).toEqual([]);
    const rewrapped = {
      ...base,
      [en]: original(body.replace('We saw', 'We   saw\n'), 'figures:\n  arrests: 12\n'),
    };
    expect(fingerprintOf(rewrapped, 'en')).toBe(hash);
    expect(ofRule(checkFiles({ ...base, [fr]: translation('') }), 'translation-outdated')).toEqual([]);
  });

  it('follows chains: ar translated from fr is outdated when fr changes', () => {
    const files = { ...base, [fr]: translation('') };
    const frHash = fingerprintOf(files, 'fr');
    const arText = translation(`sourceHash: "${frHash}"\n`, frBody, 'fr');
    expect(ofRule(checkFiles({ ...files, [ar]: arText }), 'translation-outdated')).toEqual([]);
    const changed = {
      ...files,
      [fr]: translation('', frBody.replace('Ensemble', 'Tous ensemble')),
      [ar]: arText,
    };
    expect(ofRule(checkFiles(changed), 'translation-outdated')).toEqual([
      expect.objectContaining({ file: ar, line: 5, column: 13 }),
    ]);
  });
});

describe('structure-mismatch', () => {
  it('reports a figure, date or quote the translation lacks or adds', () => {
    const found = ofRule(
      checkFiles({ ...base, [fr]: translation('', 'Nous avons vu :fig[arrests] le :date[2025-03-02].') }),
      'structure-mismatch',
    );
    expect(found.map((d) => [d.line, d.column, d.message.split(' ')[0]])).toEqual([
      [6, 1, ':date[2025-03-01]'],
      [6, 1, 'a'],
      [6, 32, ':date[2025-03-02]'],
    ]);
  });

  it('reports missing change notes', () => {
    const files = {
      ...baseRegistries,
      [en]: original(
        body,
        'figures:\n  arrests: 12\nchanges:\n  - { date: 2025-03-15T09:00:00+01:00, note: Fixed. }\nupdated: 2025-03-15T09:00:00+01:00\n',
      ),
      [fr]: translation(''),
    };
    expect(ofRule(checkFiles(files), 'structure-mismatch')).toEqual([
      expect.objectContaining({
        file: fr,
        line: 1,
        column: 1,
        message: expect.stringMatching(/0 change notes/),
      }),
    ]);
  });

  it('is silent when every version carries the same directives', () => {
    expect(ofRule(checkFiles({ ...base, [fr]: translation('') }), 'structure-mismatch')).toEqual([]);
  });
});

describe('number-mismatch', () => {
  const files = (
    frText: string,
    enText = 'The programme reached 6,800 people, 71% of them women, in 2023.',
  ) => ({
    ...baseRegistries,
    [en]: original(enText),
    [fr]: translation('', frText),
  });

  it('reports a number of the translation with no equal in the original, at its own place, cause at the nearest', async () => {
    const { checkPressRoom, loadPressRoom } = await import('../../src/index.ts');
    const root = writeRoom(files('Le programme a touché 68 000 personnes, dont 71 % de femmes, en 2023.'));
    const found = checkPressRoom(loadPressRoom(root)).filter((d) => d.rule === 'number-mismatch');
    expect(found.map((d) => [d.file.slice(root.length + 1), d.line, d.column, d.message])).toEqual([
      [fr, 6, 23, '`68 000` here has no equal in the original `en.md` (nearest: `6,800` at en.md:9)'],
      [fr, 6, 23, '`6,800` at en.md:9 has no equal in this version (nearest here: `68 000`)'],
    ]);
    expect(found[0]!.cause).toMatchObject({ line: 9, column: 23 });
  });

  it('reads numbers in the title and summary at their own columns', () => {
    const root = {
      ...files('Le programme a touché 6 800 personnes, dont 71 % de femmes, en 2023.'),
      [fr]: '---\nsource: en\ntitle: "Plus de 7 000 personnes aidées"\nsummary: Résumé.\n---\nLe programme a touché 6 800 personnes, dont 71 % de femmes, en 2023.\n',
    };
    expect(ofRule(checkFiles(root), 'number-mismatch')).toEqual([
      expect.objectContaining({ file: fr, line: 3, column: 17 }),
    ]);
  });

  it('is silent on faithful translations, years, dates, times, phones and URLs', () => {
    const enText =
      'The programme reached 6,800 people, 71% of them women, in 2023. Briefing at 10:30 on 14/03/2024; call +41 22 717 91 11; see https://example.org/report-45.';
    const frText =
      'Le programme a touché 6 800 personnes, dont 71 % de femmes, en 2023. Point presse à 10 h 30 le 2024-03-14 ; appelez le +41 22 717 91 11 ; voir https://example.org/rapport-46.';
    expect(ofRule(checkFiles(files(frText, enText)), 'number-mismatch')).toEqual([]);
  });
});
