// Entry of the thread that reads a press room's release files ahead of its loader
// (`read-ahead.ts`). Plain JavaScript on purpose: it starts in milliseconds, without a loader.
// It lists folders as the loader does (`load-press-room.ts`), reads only regular `*.md` files
// directly in release folders, and never follows a link the loader would not.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import { decodeText } from './decode-text.mjs';
import { textDigest } from './text-digest.mjs';

const { root, port, progress, ahead, batchSize } = workerData;
const taken = new Int32Array(progress);
let sent = 0;
let batch = [];

const listDir = (dir) =>
  readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
const isDirectory = (path) => statSync(path).isDirectory();

function send() {
  port.postMessage(batch);
  sent += batch.length;
  batch = [];
  // Holds back while the loader has more than `ahead` files waiting: memory stays bounded.
  for (let waiting = Atomics.load(taken, 0); sent - waiting > ahead; waiting = Atomics.load(taken, 0))
    Atomics.wait(taken, 0, waiting, 100);
}

try {
  const releases = join(root, 'releases');
  for (const year of listDir(releases)) {
    const yearDir = join(releases, year);
    if (!/^\d{4}$/.test(year) || !isDirectory(yearDir)) continue;
    for (const slug of listDir(yearDir)) {
      const dir = join(yearDir, slug);
      if (!isDirectory(dir)) continue;
      const files = readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !entry.name.startsWith('.'))
        .map((entry) => entry.name)
        .sort();
      for (const name of files) {
        const file = join(dir, name);
        try {
          const bytes = readFileSync(file);
          // Decoded and hashed here, as the loader would: its thread only parses.
          const decoded = decodeText(bytes);
          batch.push(decoded.ok ? [file, decoded.text, textDigest(decoded.text)] : [file, bytes]);
        } catch {
          // The loader reads it again and reports why it cannot.
        }
        if (batch.length === batchSize) send();
      }
    }
  }
} catch {
  // A folder the loader will report on: it reads the rest itself.
}
if (batch.length > 0) port.postMessage(batch);
port.postMessage('done');
port.close();
