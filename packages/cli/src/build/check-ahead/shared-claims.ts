import type { BackwardClaims, ForwardClaims } from '@communique/core';

const free = 0;
const forward = 1;
const backward = 2;
const done = 3;

/**
 * How long the forward thread waits for a chunk the backward thread is checking before it checks
 * the chunk itself (a backward thread that died would otherwise hold it forever). Several times
 * what a chunk of 200 long releases in five languages takes.
 */
const patienceMs = 60_000;

/**
 * Chunk claims shared by two threads through one `SharedArrayBuffer`: a state per chunk, set with
 * compare-and-exchange, so each chunk is checked by exactly one thread, and after them a count of
 * the chunks the backward thread claimed. Chunks past the end are always the forward thread's.
 */
export class SharedClaims implements ForwardClaims, BackwardClaims {
  readonly buffer: SharedArrayBuffer;
  readonly #states: Int32Array;
  readonly #claimed: Int32Array;

  constructor(buffer: SharedArrayBuffer) {
    this.buffer = buffer;
    const slots = buffer.byteLength / Int32Array.BYTES_PER_ELEMENT;
    this.#states = new Int32Array(buffer, 0, slots - 1);
    this.#claimed = new Int32Array(buffer, (slots - 1) * Int32Array.BYTES_PER_ELEMENT, 1);
  }

  /** Room for `chunks` chunks. */
  static create(chunks: number): SharedClaims {
    return new SharedClaims(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (Math.max(chunks, 1) + 1)));
  }

  /** Returns once the backward thread claimed a chunk, or after `timeoutMs` (tests use it). */
  waitForBackward(timeoutMs: number): void {
    Atomics.wait(this.#claimed, 0, 0, timeoutMs);
  }

  take(index: number): void {
    if (index >= this.#states.length) return;
    const before = Atomics.compareExchange(this.#states, index, free, forward);
    if (before !== backward) return;
    const deadline = performance.now() + patienceMs;
    while (Atomics.load(this.#states, index) === backward) {
      const left = deadline - performance.now();
      if (left <= 0) return;
      Atomics.wait(this.#states, index, backward, left);
    }
  }

  claim(index: number): boolean {
    if (index >= this.#states.length) return false;
    if (Atomics.compareExchange(this.#states, index, free, backward) !== free) return false;
    Atomics.add(this.#claimed, 0, 1);
    Atomics.notify(this.#claimed, 0);
    return true;
  }

  finish(index: number): void {
    Atomics.store(this.#states, index, done);
    Atomics.notify(this.#states, index);
  }

  /** Chunks the backward thread checked. */
  get finished(): number {
    let count = 0;
    for (let index = 0; index < this.#states.length; index++)
      if (Atomics.load(this.#states, index) === done) count++;
    return count;
  }
}
