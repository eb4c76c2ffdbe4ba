// Plain JavaScript, so that the read-ahead thread (`read-ahead-worker.mjs`), which runs without a
// loader, decodes release files exactly as the loader does. Types: `decode-text.d.mts`.

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Turns file bytes into text with `\n` line endings. The BOM is dropped and CRLF/CR become LF, so
 * line numbers stay those an editor shows; a NUL byte or invalid UTF-8 is a reason, not a crash.
 *
 * @param {Uint8Array} bytes
 * @returns {import('./decode-text.d.mts').DecodedText}
 */
export function decodeText(bytes) {
  if (bytes.includes(0))
    return { ok: false, reason: 'the file contains NUL bytes: it looks binary, not text' };
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: 'the file is not valid UTF-8' };
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
