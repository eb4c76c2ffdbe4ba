import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** Files the thread may have read and the loader not yet taken: what memory it may hold. */
const ahead = 2_000;
/** Files per message. */
const batchSize = 64;

/**
 * Reads a press room's release files in a second thread, in the order the loader asks for them,
 * so that the loader's thread only parses: at 50,000 files the reads took about 0.8 s of a
 * build's load. The loader asks with `take` and never waits: a file the thread has not read yet
 * (or could not read) is `undefined`, and the loader reads it itself, as it would without this.
 * The thread reads the files the loader would (regular `*.md` files directly in release folders)
 * and nothing else.
 */
export class ReadAhead {
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #taken: Int32Array;
  readonly #waiting = new Map<string, Uint8Array>();
  #done = false;

  constructor(root: string) {
    const { port1, port2 } = new MessageChannel();
    const progress = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    this.#taken = new Int32Array(progress);
    this.#port = port1;
    this.#worker = new Worker(new URL('./read-ahead-worker.mjs', import.meta.url), {
      workerData: { root, port: port2, progress, ahead, batchSize },
      transferList: [port2],
    });
    // A thread that fails only leaves every read to the loader.
    this.#worker.on('error', () => {});
  }

  /** The bytes of `file` as the thread read them, or undefined: read it yourself. */
  take(file: string): Uint8Array | undefined {
    Atomics.add(this.#taken, 0, 1);
    if (Atomics.load(this.#taken, 0) % batchSize === 0) Atomics.notify(this.#taken, 0);
    let bytes = this.#waiting.get(file);
    while (bytes === undefined && !this.#done) {
      const received = receiveMessageOnPort(this.#port);
      if (received === undefined) break;
      const message = received.message as readonly (readonly [string, Uint8Array])[] | 'done';
      if (message === 'done') this.#done = true;
      else for (const [path, data] of message) this.#waiting.set(path, data);
      bytes = this.#waiting.get(file);
    }
    if (bytes === undefined) return undefined;
    this.#waiting.delete(file);
    // A view as a Buffer, not a copy: the decoder's NUL search is much faster on one.
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Stops the thread and drops what it read and nobody took. */
  close(): void {
    this.#port.close();
    this.#waiting.clear();
    void this.#worker.terminate();
  }
}
