import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPressRoom, textFingerprint } from '../../src/index.ts';

const fixture = fileURLToPath(new URL('./fixtures/room', import.meta.url));
const english = 'releases/2025/chain/en.md';

/** The fingerprint of the chain's English original after `edit` is applied to its file. */
function fingerprintAfter(edit: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'communique-fingerprint-'));
  cpSync(fixture, root, { recursive: true });
  const file = join(root, english);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  const version = loadPressRoom(root).releaseById.get('2025/chain')?.original;
  if (!version) throw new Error('the edited fixture has no original');
  return textFingerprint(version);
}

const unchanged = fingerprintAfter((text) => text);

describe('textFingerprint', () => {
  it('is twelve hex digits, and the one recorded by the French translation', () => {
    expect(unchanged).toMatch(/^[0-9a-f]{12}$/);
    expect(readFileSync(join(fixture, 'releases/2025/chain/fr.md'), 'utf8')).toContain(
      `sourceHash: "${unchanged}"`,
    );
  });

  it.each([
    ['re-wrapping the body', (t: string) => t.replace('offer the portal.', 'offer\n  the   portal.  ')],
    ['CRLF line endings', (t: string) => t.replace(/\n/g, '\r\n')],
    ['extra blank lines', (t: string) => t.replace(':::quote', '\n\n:::quote')],
    ['a shared field (the date)', (t: string) => t.replace('2025-03-14T09:00:00', '2025-03-15T09:00:00')],
    ['a figure value', (t: string) => t.replace('countries: 54', 'countries: 55')],
    ['a media credit', (t: string) => t.replace('credit: IOM', 'credit: IOM/Photographer')],
  ])('ignores %s', (_, edit) => {
    expect(fingerprintAfter(edit)).toBe(unchanged);
  });

  it.each([
    ['a word of the body', (t: string) => t.replace('offer the portal', 'offer this portal')],
    ['the title', (t: string) => t.replace('joins the reporting', 'joins the global reporting')],
    ['the summary', (t: string) => t.replace('now offer', 'offer')],
    ['the dateline city', (t: string) => t.replace('Belize City', 'Belmopan')],
    ['a media alt text', (t: string) => t.replace("portal's home page", 'portal home page')],
    ['a media caption', (t: string) => t.replace('caption: The portal', 'caption: The new portal')],
    [
      'a change note',
      (t: string) =>
        t.replace(
          'media:',
          'updated: 2025-03-15T09:00:00-06:00\nchanges:\n  - { date: 2025-03-15T09:00:00-06:00, note: Fixed. }\nmedia:',
        ),
    ],
    ['a quote', (t: string) => t.replace('Every report counts.', 'Every single report counts.')],
    ['words joined', (t: string) => t.replace('the portal.', 'theportal.')],
  ])('changes with %s', (_, edit) => {
    expect(fingerprintAfter(edit)).not.toBe(unchanged);
  });
});
