import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Sets `sourceHash` in a translation's front matter and changes nothing else: every other byte
 * (comments, quoting, line endings) stays. Written to a temporary file and renamed, so an
 * interrupted write never leaves half a file.
 */
export function recordSourceHash(file: string, hash: string): 'updated' | 'unchanged' {
  const text = readFileSync(file, 'utf8');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const end = text.indexOf(`${eol}---`, 3);
  if (!text.startsWith('---') || end === -1) throw new Error(`${file} has no front matter`);
  const front = text.slice(0, end);
  const rest = text.slice(end);
  // Quoted: an all-digit hash would otherwise be read back as a YAML number.
  const line = `sourceHash: "${hash}"`;
  let updated: string;
  if (/^sourceHash:.*$/m.test(front)) {
    updated = front.replace(/^sourceHash:[^\r\n]*/m, line);
  } else {
    updated = front.replace(/^(source:[^\r\n]*)/m, `$1${eol}${line}`);
  }
  if (updated === front) return 'unchanged';
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, updated + rest);
  renameSync(temporary, file);
  return 'updated';
}
