import { describe, expect, it } from 'vitest';
import { corpusArgs } from '../lib/args.ts';
import { formatTable, type Measurement, medianOf } from '../lib/measure.ts';

const row = (seconds: number, peakRss?: number, exitCode = 0): Measurement => ({
  label: 'run',
  seconds,
  peakRss,
  exitCode,
});

describe('medianOf', () => {
  it('takes the middle time of an odd count, the largest RSS and every run in order', () => {
    const median = medianOf('warm', [row(13.2, 900), row(11.1, 950), row(12.4)]);
    expect(median).toEqual({
      label: 'warm',
      seconds: 12.4,
      peakRss: 950,
      exitCode: 0,
      samples: [13.2, 11.1, 12.4],
    });
  });

  it('averages the middle two of an even count and keeps a failing exit code', () => {
    const median = medianOf('hugo', [row(10), row(14, undefined, 2), row(12), row(20)]);
    expect(median.seconds).toBe(13);
    expect(median.exitCode).toBe(2);
    expect(median.peakRss).toBeUndefined();
  });

  it('refuses no runs at all', () => {
    expect(() => medianOf('none', [])).toThrow(RangeError);
  });
});

describe('formatTable', () => {
  it('lists the runs behind a median and the ratio to the baseline', () => {
    const floor = { ...row(60, 2 ** 20 * 183), label: 'floor' };
    const warm = medianOf('communique build, warm', [row(12), row(10), row(11)]);
    const lines = formatTable([floor, warm], floor).split('\n');
    expect(lines[2]).toMatch(
      /^communique build, warm +11\.00 +0\.18 +n\/a +0 +median of 12\.00, 10\.00, 11\.00$/,
    );
    expect(lines[1]).toMatch(/^floor +60\.00 +1\.00 +183 MiB +0$/);
  });
});

describe('corpusArgs --repeat', () => {
  it('defaults to what the script sets and reads a whole number', () => {
    const defaults = { releases: 10, languages: 2, repeat: 3 };
    expect(corpusArgs([], defaults).repeat).toBe(3);
    expect(corpusArgs(['--repeat', '5'], defaults).repeat).toBe(5);
    expect(() => corpusArgs(['--repeat', '0'], defaults)).toThrow(/--repeat must be a positive whole number/);
  });

  it('is refused by a script that repeats nothing', () => {
    expect(() => corpusArgs(['--repeat', '2'], { releases: 10, languages: 2 })).toThrow(/not an option/);
  });
});
