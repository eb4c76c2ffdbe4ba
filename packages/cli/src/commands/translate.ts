import { CommandError, type Io } from '../io.ts';

export type TranslateOptions = Readonly<Record<string, string | boolean | undefined>>;

/** `communique translate`: being built (see the issue tracker). */
export function runTranslate(
  _io: Io,
  _positionals: string[],
  _options: TranslateOptions,
): number | Promise<number> {
  throw new CommandError('`translate` is not available yet');
}
