import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from 'vitest';
import { checkPressRoom } from '../src/checks/index.ts';
import { decodeText } from '../src/load/decode-text.mjs';
import { loadPressRoom } from '../src/load/load-press-room.ts';
import { ReadAhead, type TakenFile } from '../src/load/read-ahead.ts';
import { textDigest } from '../src/load/text-digest.mjs';
import { baseRegistries, original, writeRoom } from './helpers/room.ts';

const files = {
  ...baseRegistries,
  'releases/2025/belize/en.md': original('Officers from 12 agencies.'),
  'releases/2025/belize/fr.md': '---\nsource: en\ntitle: Le Belize\nsummary: Un résumé.\n---\nCorps.\n',
  'releases/2025/belize/notes/draft.md': 'not a version',
  'releases/2024/portal/en.md': original('A portal opens.'),
  'releases/2024/portal/xx-bad.md': 'a file the loader reports on',
};

/** Takes `file` from `ahead` once the thread has read it (the loader itself never waits). */
async function takeWhenRead(ahead: ReadAhead, file: string): Promise<TakenFile | undefined> {
  for (let tries = 0; tries < 100; tries++) {
    const taken = ahead.take(file);
    if (taken) return taken;
    await sleep(20);
  }
  return undefined;
}

test('reads the release files the loader reads, decoded and hashed as the loader does', async () => {
  const root = writeRoom(files);
  // A byte order mark and Windows line endings: dropped and made `\n`, as the loader does.
  writeFileSync(
    join(root, 'releases/2025/belize/es.md'),
    '\ufeff---\r\nsource: en\r\ntitle: Belice\r\n---\r\nCuerpo.\r\n',
  );
  // Not UTF-8: its bytes, for the loader to report on.
  writeFileSync(join(root, 'releases/2025/belize/uk.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]));
  const ahead = new ReadAhead(root);
  try {
    for (const file of [
      'releases/2024/portal/en.md',
      'releases/2025/belize/en.md',
      'releases/2025/belize/es.md',
      'releases/2025/belize/fr.md',
    ]) {
      const path = join(root, file);
      const decoded = decodeText(readFileSync(path));
      if (!decoded.ok) throw new Error(`${file} is text`);
      expect(await takeWhenRead(ahead, path)).toEqual({
        text: decoded.text,
        digest: textDigest(decoded.text),
      });
    }
    const path = join(root, 'releases/2025/belize/uk.md');
    const taken = await takeWhenRead(ahead, path);
    expect(taken && 'bytes' in taken ? Buffer.from(taken.bytes) : taken).toEqual(readFileSync(path));
  } finally {
    ahead.close();
  }
});

test('never reads through a link, nor anything but a version file', async () => {
  const root = writeRoom(files);
  const outside = writeRoom({ 'secret.md': '---\ntitle: secret\n---\n' });
  symlinkSync(join(outside, 'secret.md'), join(root, 'releases/2025/belize/uk.md'));
  mkdirSync(join(root, 'releases/2025/belize/.hidden'));
  const ahead = new ReadAhead(root);
  try {
    // Once the last file in the loader's order is read, everything the thread reads has been.
    expect(await takeWhenRead(ahead, join(root, 'releases/2025/belize/fr.md'))).toBeDefined();
    expect(ahead.take(join(root, 'releases/2025/belize/uk.md'))).toBeUndefined();
    expect(ahead.take(join(root, 'releases/2025/belize/notes/draft.md'))).toBeUndefined();
  } finally {
    ahead.close();
  }
});

test('a load that reads ahead equals one that does not, diagnostics included', async () => {
  const root = writeRoom(files);
  writeFileSync(join(root, 'releases/2024/portal/fr.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]));
  const plain = loadPressRoom(root);
  expect(plain.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['lang-tag', 'file-encoding']));
  expect(loadPressRoom(root, { readAhead: true })).toEqual(plain);
  // The same again once the thread is well ahead of the loader.
  const again = loadPressRoom(root, { readAhead: true });
  expect(again).toEqual(plain);
  expect(checkPressRoom(again)).toEqual(checkPressRoom(plain));
});
