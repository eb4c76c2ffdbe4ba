import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** Files the thread may have read and the loader not yet taken: what memory it may hold. */
const ahead = 2_000;
/** Files per message. */
const batchSize = 64;

/**
 * Reads a press room's release files in a second thread, in the order the loader asks for them,
 * and decodes and hashes their text, so that the loader's thread only parses: at 50,000 files the
 * reads took about 0.8 s of a build's load, and decoding and hashing as much again. The loader asks with `take` and never waits: a file the thread has not read yet
 * (or could not read) is `undefined`, and the loader reads it itself, as it would without this.
 * The thread reads the files the loader would (regular `*.md` files directly in release folders)
 * and nothing else.
 */
export class ReadAhead {
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #taken: Int32Array;
  readonly #waiting = new Map<string, TakenFile>();
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

  /** `file` as the thread read it, or undefined: read it yourself. */
  take(file: string): TakenFile | undefined {
    Atomics.add(this.#taken, 0, 1);
    if (Atomics.load(this.#taken, 0) % batchSize === 0) Atomics.notify(this.#taken, 0);
    let taken = this.#waiting.get(file);
    while (taken === undefined && !this.#done) {
      const received = receiveMessageOnPort(this.#port);
      if (received === undefined) break;
      const message = received.message as readonly ReadMessage[] | 'done';
      if (message === 'done') this.#done = true;
      else for (const read of message) this.#waiting.set(read[0], takenOf(read));
      taken = this.#waiting.get(file);
    }
    if (taken === undefined) return undefined;
    this.#waiting.delete(file);
    return taken;
  }

  /** Stops the thread and drops what it read and nobody took. */
  close(): void {
    this.#port.close();
    this.#waiting.clear();
    void this.#worker.terminate();
  }
}

/**
 * A file as the thread read it: its text (decoded as `decodeText` does) and `textDigest`, or its
 * bytes when it is not text (the loader then reports why).
 */
export type TakenFile = { readonly text: string; readonly digest: string } | { readonly bytes: Uint8Array };

/** What the thread sends for each file: path, then text and digest, or bytes. */
type ReadMessage =
  | readonly [path: string, text: string, digest: string]
  | readonly [path: string, bytes: Uint8Array];

function takenOf(read: ReadMessage): TakenFile {
  if (read.length === 3) return { text: read[1], digest: read[2] };
  const bytes = read[1];
  // A view as a Buffer, not a copy: the decoder's NUL search is much faster on one.
  return { bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}
