import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { register } from 'tsx/esm/api';
import { buildSite } from '../build.ts';

/** The plugin's fixture room: en, fr, ar, uk versions, es empty, an embargoed and a draft release full of canaries. */
export const fixtureRoom = join(
  import.meta.dirname,
  '..',
  '..',
  'packages',
  'eleventy-plugin',
  'test',
  'fixtures',
  'room',
);
export const now = new Date('2025-01-01T00:00:00Z');

let registered = false;

/** Builds the site for real (templates are TypeScript, loaded through tsx) into a new folder. */
export async function buildFixture(options: { preview?: boolean; content?: string } = {}): Promise<string> {
  if (!registered) {
    register();
    registered = true;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'communique-site-'));
  await buildSite({
    content: options.content ?? fixtureRoom,
    now,
    outDir,
    ...(options.preview ? { preview: true } : {}),
  });
  return outDir;
}

/** Every file under `dir`, as paths relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

export function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!);
}

/** The attributes of each `<name …>` start tag, in document order. */
export function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))].map((match) =>
    Object.fromEntries(
      [...match[1]!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, decode(a[2] ?? '')]),
    ),
  );
}

/** Text of the first element matching `<name class="…className…">…</name>` (no nesting of the same tag), tags stripped. */
export function textOf(html: string, name: string, className: string): string | undefined {
  const match = new RegExp(
    `<${name}\\b[^>]*class="[^"]*\\b${className}\\b[^"]*"[^>]*>([\\s\\S]*?)</${name}>`,
  ).exec(html);
  return match ? decode(match[1]!.replace(/<[^>]+>/g, '')) : undefined;
}

/** The HTML of the first `<tag …id="id"…>…` section up to its closing tag (sections do not nest here). */
export function section(html: string, selector: RegExp): string {
  const match = selector.exec(html);
  if (!match) throw new Error(`no ${selector} in page`);
  return match[0];
}
