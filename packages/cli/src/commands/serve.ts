import { CommandError, type Io } from '../io.ts';

export type ServeOptions = Readonly<Record<string, string | boolean | undefined>>;

/** `communique serve`: being built (see the issue tracker). */
export function runServe(_io: Io, _positionals: string[], _options: ServeOptions): number | Promise<number> {
  throw new CommandError('`serve` is not available yet');
}
