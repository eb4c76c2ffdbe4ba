// Plain JavaScript, so that the read-ahead thread (`read-ahead-worker.mjs`), which runs without a
// loader, hashes release files exactly as the loader does. Types: `text-digest.d.mts`.
import { hash } from 'node:crypto';

/**
 * SHA-256 (hex) of a release file's text as loaded.
 *
 * @param {string} text
 * @returns {string}
 */
export function textDigest(text) {
  return hash('sha256', text);
}
