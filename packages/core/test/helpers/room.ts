import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes a small press room into a fresh temporary folder: `files` maps relative paths to text. */
export function writeRoom(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'communique-core-test-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export const baseRegistries: Record<string, string> = {
  'site.yaml':
    'title: { en: Press Room, fr: Salle de presse }\nbaseUrl: https://press.example.org\nlanguages: [en, fr, ar, uk]\nrequiredLanguages: [en]\n',
  'people.yaml':
    'walsh:\n  name: Anna Walsh\n  organisation: iom\n  role: { en: Media officer, fr: Chargée de communication }\n  email: awalsh@iom.example.org\n  phone: "+41 22 717 91 11"\n  languages: [en, fr]\n',
  'organisations.yaml':
    'iom:\n  name: { en: International Organization for Migration, fr: Organisation internationale pour les migrations }\n  short: { en: IOM, fr: OIM }\n  url: https://www.iom.int\n',
};

/** An original release file with sensible defaults; `front` lines are appended to the front matter. */
export function original(body: string, front = ''): string {
  return `---\ntitle: Belize joins the portal\nsummary: A summary.\ndate: 2025-03-14T09:00:00+01:00\ndateline: { city: Geneva, country: CH }\norganisations: [iom]\ncontacts: [walsh]\n${front}---\n${body}\n`;
}
