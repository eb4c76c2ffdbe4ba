import { parseArgs } from 'node:util';

/** Reads `--releases N --languages L [--out DIR] [--only NAME] [--repeat N]` style options shared by the scripts. */
export function corpusArgs(
  argv: readonly string[],
  defaults: { releases: number; languages: number; repeat?: number },
) {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      releases: { type: 'string' },
      languages: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      keep: { type: 'boolean' },
      only: { type: 'string' },
      repeat: { type: 'string' },
    },
    strict: true,
  });
  const whole = (name: string, text: string | undefined, fallback: number): number => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
      throw new RangeError(`--${name} must be a positive whole number, not \`${text}\``);
    return n;
  };
  const repeatOf = (text: string | undefined): number => {
    if (defaults.repeat === undefined && text !== undefined)
      throw new RangeError('--repeat is not an option of this script');
    return whole('repeat', text, defaults.repeat ?? 1);
  };
  return {
    releases: whole('releases', values.releases, defaults.releases),
    languages: whole('languages', values.languages, defaults.languages),
    seed: whole('seed', values.seed, 20261123),
    out: values.out,
    keep: values.keep ?? false,
    only: values.only,
    repeat: repeatOf(values.repeat),
  };
}
