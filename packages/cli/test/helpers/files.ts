import { readFileSync, writeFileSync } from 'node:fs';

/** Replaces `from` with `to` in a file, as an editor would; throws when `from` is not there. */
export function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}
