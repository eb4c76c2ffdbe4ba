import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Io } from '../../src/io.ts';
import { run } from '../../src/run.ts';

export interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process in `cwd`, capturing what it prints. */
export async function runCli(argv: string[], cwd: string, colour = false): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    colour,
    env: {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** A scratch folder with `files` written under it (relative paths). */
export function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'communique-cli-test-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export const registries: Record<string, string> = {
  'content/site.yaml':
    'title: { en: Press Room }\nbaseUrl: https://press.example.org\nlanguages: [en, fr]\nrequiredLanguages: [en]\n',
  'content/people.yaml':
    'walsh:\n  name: Anna Walsh\n  organisation: iom\n  role: { en: Media officer, fr: Chargée de communication }\n  email: awalsh@iom.example.org\n  phone: "+41 22 717 91 11"\n',
  'content/organisations.yaml':
    'iom:\n  name: { en: IOM, fr: OIM }\n  about: { en: About IOM., fr: À propos de l’OIM. }\n',
};

export const release = (body: string, front = '') =>
  `---\ntitle: Portal\nsummary: A summary.\ndate: 2025-03-14T09:00:00+01:00\ndateline: { city: Geneva, country: CH }\norganisations: [iom]\ncontacts: [walsh]\n${front}---\n${body}\n`;
