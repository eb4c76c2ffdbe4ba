import type { UserConfig } from '@11ty/eleventy';
import { describe, expect, test } from 'vitest';
import { type CommuniqueOptions, CommuniquePluginError, communique } from '../src/index.ts';
import { fixtureRoom } from './helpers.ts';

/** Records what the plugin asks of Eleventy. */
function fakeConfig() {
  const calls: string[] = [];
  const config = new Proxy(
    {},
    {
      get: (_target, name: string) => {
        if (name === 'directories') return { output: '_site/' };
        return (...args: unknown[]) => {
          calls.push(name === 'versionCheck' ? `versionCheck ${String(args[0])}` : name);
        };
      },
    },
  ) as UserConfig;
  return { config, calls };
}

function setUp(options: unknown) {
  const { config, calls } = fakeConfig();
  communique(config, options as CommuniqueOptions);
  return calls;
}

describe('options', () => {
  test('checks the Eleventy version first, then registers data, filters and the asset copy', () => {
    const calls = setUp({ content: fixtureRoom });
    expect(calls[0]).toBe('versionCheck >=3.0');
    expect(calls).toEqual(expect.arrayContaining(['addGlobalData', 'addFilter', 'addWatchTarget', 'on']));
  });

  test('does not change the options object it is given', () => {
    const options = Object.freeze({ content: fixtureRoom, preview: true });
    expect(() => setUp(options)).not.toThrow();
    expect(options).toEqual({ content: fixtureRoom, preview: true });
  });

  test.each([
    [{}, /Missing option `content` for @communique\/eleventy-plugin: pass the content folder/],
    [{ content: '' }, /`content` option of @communique\/eleventy-plugin \(current value: `""`\)/],
    [
      { content: 'c', now: new Date('nope') },
      /`now` option .*current value: `Invalid Date`.*expected a valid `Date`/,
    ],
    [{ content: 'c', now: '2026-01-01' }, /`now` option .*current value: `"2026-01-01"`/],
    [{ content: 'c', preview: 'yes' }, /`preview` option .*expected `true` or `false`/],
    [{ content: 'c', baseUrl: 'press.example.org' }, /`baseUrl` option .*absolute http\(s\) URL/],
    [{ content: 'c', room: {} }, /`room` option .*loadPressRoom/],
    [{ content: 'c', onPublish: 'x' }, /`onPublish` option .*a function/],
    [
      { content: 'c', contnet: 'c' },
      /Unexpected option `contnet` for @communique\/eleventy-plugin.*remove it or fix its name/,
    ],
    ['content', /`options` option .*expected an object/],
  ])('rejects %j with a message naming the option and the plugin', (options, message) => {
    let error: unknown;
    try {
      setUp(options);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CommuniquePluginError);
    expect((error as Error).message).toMatch(message);
  });
});
