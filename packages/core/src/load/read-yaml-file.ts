import { readFileSync } from 'node:fs';
import type { YamlDataCache } from '../cache/front-matter-cache.ts';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { decodeText } from './decode-text.mjs';
import type { ReadAhead } from './read-ahead.ts';
import { textDigest } from './text-digest.mjs';
import { YamlSource } from './yaml-source.ts';

/**
 * Reads a text file, reporting unreadable bytes as a diagnostic instead of throwing. `bytes`, when
 * given, are the file's, read already.
 */
export function readText(file: string, diagnostics: Diagnostic[], bytes?: Uint8Array): string | undefined {
  let read: Uint8Array;
  try {
    read = bytes ?? readFileSync(file);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    diagnostics.push(
      diagnostic('file-encoding', { file, line: 1, column: 1 }, `The file cannot be read (${reason})`),
    );
    return undefined;
  }
  const decoded = decodeText(read);
  if (!decoded.ok) {
    diagnostics.push(
      diagnostic('file-encoding', { file, line: 1, column: 1 }, `Unreadable text: ${decoded.reason}`),
    );
    return undefined;
  }
  return decoded.text;
}

/**
 * A release file's text and its digest (`textDigest`): as the read-ahead thread decoded and
 * hashed them, when it did; else read, decoded and hashed here.
 */
export function readReleaseText(
  file: string,
  diagnostics: Diagnostic[],
  ahead?: ReadAhead,
): { readonly text: string; readonly digest: string } | undefined {
  const taken = ahead?.take(file);
  if (taken && 'text' in taken) return taken;
  const text = readText(file, diagnostics, taken?.bytes);
  return text === undefined ? undefined : { text, digest: textDigest(text) };
}

/** Reads and parses a registry file (site.yaml, people.yaml, organisations.yaml). */
export function readYamlFile(
  file: string,
  diagnostics: Diagnostic[],
  cache?: YamlDataCache,
): YamlSource | undefined {
  const text = readText(file, diagnostics);
  if (text === undefined) return undefined;
  const source = new YamlSource(file, text, 0, cache);
  diagnostics.push(...source.diagnostics);
  return source;
}
