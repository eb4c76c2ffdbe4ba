import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { filesUnder } from './helpers.ts';
import { buildSample } from './sample-site.ts';

/**
 * The Nu HTML Checker (vnu-jar, Java 17+) over every HTML page of the sample press room, built as
 * published and as a preview (drafts and embargoed releases with their banners), in one JVM run.
 * A deliberately broken page in a third folder proves the checker ran and reports errors.
 */

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly message: string;
}

let published: string;
let preview: string;
let control: string;
let messages: readonly VnuMessage[];

function runVnu(folders: readonly string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', ...folders],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(
            new Error(
              '`java` is not on the PATH: the HTML validity test needs Java 17 or later to run vnu.jar.',
            ),
          );
          return;
        }
        // vnu prints its JSON report on stderr and exits 1 when it found errors.
        const report = [stderr, stdout].find((text) => text.trimStart().startsWith('{'));
        if (!report) {
          reject(new Error(`vnu.jar gave no JSON report: ${stderr || stdout || error?.message}`));
          return;
        }
        resolve((JSON.parse(report) as { messages: VnuMessage[] }).messages);
      },
    );
  });
}

beforeAll(async () => {
  published = await buildSample();
  preview = await buildSample({ preview: true });
  control = mkdtempSync(join(tmpdir(), 'communique-vnu-control-'));
  mkdirSync(join(control, 'broken'));
  writeFileSync(
    join(control, 'broken', 'index.html'),
    '<!doctype html><html lang="en"><title>x</title><p><div></p>',
  );
  messages = await runVnu([published, preview, control]);
});

afterAll(() => {
  for (const dir of [published, preview, control]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Problems on files under `dir`, as `path:line: message`. */
function problemsUnder(dir: string): string[] {
  return messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .filter((message) => message.url && new URL(message.url).pathname.startsWith(`${dir}/`))
    .map(
      (message) => `${relative(dir, new URL(message.url!).pathname)}:${message.lastLine}: ${message.message}`,
    );
}

describe('Nu HTML Checker', () => {
  test('ran over the pages and reports errors where there are some', () => {
    expect(filesUnder(published).filter((file) => file.endsWith('.html')).length).toBeGreaterThan(100);
    expect(problemsUnder(control).length).toBeGreaterThan(0);
  });

  test('finds no error on any page of the published sample press room', () => {
    expect(problemsUnder(published)).toEqual([]);
  });

  test('finds no error on any page of its preview build (drafts and embargoed releases with banners)', () => {
    expect(problemsUnder(preview)).toEqual([]);
  });
});
