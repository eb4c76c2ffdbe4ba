import { describe, expect, test } from 'vitest';
import { FolderReadiness } from '../src/outputs/folder-readiness.ts';

/** Whether `promise` has settled after pending callbacks ran, and how. */
async function state(promise: Promise<void>): Promise<'pending' | 'resolved' | 'rejected'> {
  let found: 'pending' | 'resolved' | 'rejected' = 'pending';
  promise.then(
    () => {
      found = 'resolved';
    },
    () => {
      found = 'rejected';
    },
  );
  await new Promise((resolve) => setImmediate(resolve));
  return found;
}

describe('FolderReadiness', () => {
  test('a folder is ready once each of its pages is placed; the whole output once finished', async () => {
    const readiness = new FolderReadiness(['en', 'en', 'fr']);
    const en = readiness.ready('en');
    const all = readiness.ready(undefined);
    readiness.placed('en');
    expect(await state(en)).toBe('pending');
    readiness.placed('en');
    expect(await state(en)).toBe('resolved');
    expect(await state(readiness.ready('en'))).toBe('resolved');
    expect(await state(readiness.ready('fr'))).toBe('pending');
    expect(await state(all)).toBe('pending');
    readiness.finish();
    expect(await state(all)).toBe('resolved');
    expect(await state(readiness.ready('fr'))).toBe('resolved');
  });

  test('a failed build refuses whoever waits, now and later', async () => {
    const readiness = new FolderReadiness(['en']);
    const en = readiness.ready('en');
    readiness.abandon(new Error('the build failed'));
    expect(await state(en)).toBe('rejected');
    await expect(readiness.ready(undefined)).rejects.toThrow('the build failed');
    readiness.finish();
    expect(await state(readiness.ready('en'))).toBe('rejected');
  });
});
