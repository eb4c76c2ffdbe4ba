export type DecodedText = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Turns file bytes into text with `\n` line endings. The BOM is dropped and CRLF/CR become LF, so
 * line numbers stay those an editor shows; a NUL byte or invalid UTF-8 is a reason, not a crash.
 */
export function decodeText(bytes: Uint8Array): DecodedText;
