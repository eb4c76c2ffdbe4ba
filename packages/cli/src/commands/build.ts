import { CommandError, type Io } from '../io.ts';

export type BuildOptions = Readonly<Record<string, string | boolean | undefined>>;

/** `communique build`: being built (see the issue tracker). */
export function runBuild(_io: Io, _positionals: string[], _options: BuildOptions): number | Promise<number> {
  throw new CommandError('`build` is not available yet');
}
