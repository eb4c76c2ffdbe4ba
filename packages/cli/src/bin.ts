import { internalErrorStatus, processIo } from './io.ts';
import { run } from './run.ts';

/** Entry point of the `communique` bin: sets the exit status instead of exiting, so output flushes. */
export async function main(argv: readonly string[]): Promise<void> {
  const io = processIo();
  try {
    process.exitCode = await run(argv, io);
  } catch (error) {
    // Only bugs get here: user mistakes are diagnostics or usage errors.
    io.stderr(
      `communique: internal error, please report it with the command you ran:\n${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = internalErrorStatus;
  }
}
