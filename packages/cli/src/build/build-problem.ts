/** What the machine refused, by `code`, said for the person running the build. */
const systemReasons: Readonly<Record<string, string>> = {
  ENOSPC: 'no space is left on the device',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission was denied',
  EPERM: 'the operation was not permitted',
  EMFILE: 'too many files are open at once (raise the limit: `ulimit -n`)',
  ENFILE: 'too many files are open on the machine',
};

/**
 * A problem only the build could see, found in Eleventy's error chain, as a sentence: in the
 * content (two pages at one URL), in indexing it for search (Pagefind died), or on the machine
 * (a full disk, a read-only folder: not a bug, and nothing a stack trace would help with).
 * Undefined for anything else (a bug).
 */
export function buildProblem(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let system: string | undefined;
  for (let current = error; current instanceof Error && !seen.has(current); ) {
    seen.add(current);
    if (current.name === 'CommuniquePluginError' || current.name === 'SearchIndexError')
      return current.message;
    const { code, path } = current as NodeJS.ErrnoException;
    const reason = code === undefined ? undefined : systemReasons[code];
    if (reason && system === undefined) system = path ? `${reason} (at \`${path}\`)` : reason;
    current = (current as { originalError?: unknown }).originalError ?? current.cause;
  }
  return system;
}
