import { parseArgs } from 'node:util';

/** Reads `--releases N --languages L [--out DIR] [--only NAME]` style options shared by the scripts. */
export function corpusArgs(argv: readonly string[], defaults: { releases: number; languages: number }) {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      releases: { type: 'string' },
      languages: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      keep: { type: 'boolean' },
      only: { type: 'string' },
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
  return {
    releases: whole('releases', values.releases, defaults.releases),
    languages: whole('languages', values.languages, defaults.languages),
    seed: whole('seed', values.seed, 20261123),
    out: values.out,
    keep: values.keep ?? false,
    only: values.only,
  };
}
