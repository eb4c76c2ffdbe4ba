/**
 * SHA-256 (hex) of a release file's text as loaded: what the content cache finds the file's
 * split and parsed front matter by, and what the checks' and pages' keys stand the file for.
 */
export function textDigest(text: string): string;
