import { CommandError, type Io } from '../io.ts';

export type StatusOptions = Readonly<Record<string, string | boolean | undefined>>;

/** `communique status`: being built (see the issue tracker). */
export function runStatus(
  _io: Io,
  _positionals: string[],
  _options: StatusOptions,
): number | Promise<number> {
  throw new CommandError('`status` is not available yet');
}
