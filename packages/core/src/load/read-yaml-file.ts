import { readFileSync } from 'node:fs';
import type { YamlDataCache } from '../cache/front-matter-cache.ts';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { decodeText } from './decode-text.ts';
import type { ReadAhead } from './read-ahead.ts';
import { YamlSource } from './yaml-source.ts';

/**
 * Reads a text file, reporting unreadable bytes as a diagnostic instead of throwing. `ahead`, when
 * given, may hold its bytes already.
 */
export function readText(file: string, diagnostics: Diagnostic[], ahead?: ReadAhead): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = ahead?.take(file) ?? readFileSync(file);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    diagnostics.push(
      diagnostic('file-encoding', { file, line: 1, column: 1 }, `The file cannot be read (${reason})`),
    );
    return undefined;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    diagnostics.push(
      diagnostic('file-encoding', { file, line: 1, column: 1 }, `Unreadable text: ${decoded.reason}`),
    );
    return undefined;
  }
  return decoded.text;
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
