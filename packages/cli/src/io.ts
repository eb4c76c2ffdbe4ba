/** Where a command writes, and what it may know about the terminal: injectable for tests. */
export interface Io {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colour output (a TTY without NO_COLOR). */
  readonly colour: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb',
    env: process.env,
  };
}

/** A mistake in how the command was called: printed with usage, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A user-facing failure that is not a usage mistake (missing folder, refusing to overwrite): exit 1. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
}

/** The exit status of a bug in Communiqué (sysexits' EX_SOFTWARE), the only case with a stack trace. */
export const internalErrorStatus = 70;
