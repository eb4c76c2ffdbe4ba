import { Worker } from 'node:worker_threads';
import { CommandError } from '../io.ts';
import type { FromServer, ToServer } from './server-in-worker.ts';

/**
 * The local preview server, run in a thread of its own: a rebuild keeps the main thread busy for
 * seconds at a time, and a page asked for meanwhile (the edited release, written first) must not
 * wait for it.
 */
export class PreviewServer {
  readonly #worker: Worker;
  #replies: ((message: FromServer) => void)[] = [];
  #failed: Error | undefined;

  /** Starts the thread (it loads while the first build runs); `listen` opens the port. */
  constructor(root: string, onCrash: (error: Error) => void) {
    this.#worker = new Worker(new URL('./server-worker.mjs', import.meta.url), { workerData: { root } });
    this.#worker.on('message', (message: FromServer) => this.#replies.shift()?.(message));
    this.#worker.on('error', (error) => {
      this.#failed = error;
      const waiting = this.#replies.splice(0);
      if (waiting.length > 0)
        for (const reply of waiting) reply({ type: 'refused', code: undefined, message: error.message });
      else onCrash(error);
    });
  }

  /** Listens on loopback; resolves with the port (0 picks a free one). */
  async listen(port: number): Promise<number> {
    const reply = await this.#ask({ type: 'listen', port });
    if (reply.type === 'listening') return reply.port;
    if (reply.type === 'refused' && reply.code === 'EADDRINUSE')
      throw new CommandError(
        `port ${port} is already in use; pass another with --port <n> (0 picks a free one)`,
      );
    throw new CommandError(
      `the preview server could not start: ${reply.type === 'refused' ? reply.message : reply.type}`,
    );
  }

  /**
   * Sets the failure every page shows (undefined: the built site), and tells each open page whose
   * answer changed to reload: after an edit, the edited release's page and the lists, not the rest.
   */
  show(failure: string | undefined): void {
    this.#tell({ type: 'show', failure });
  }

  /** Closes every connection and ends the thread. */
  async close(): Promise<void> {
    if (!this.#failed) await this.#ask({ type: 'close' });
    await this.#worker.terminate();
  }

  #tell(message: ToServer): void {
    if (!this.#failed) this.#worker.postMessage(message);
  }

  #ask(message: ToServer): Promise<FromServer> {
    if (this.#failed)
      return Promise.resolve({ type: 'refused', code: undefined, message: this.#failed.message });
    return new Promise((resolve) => {
      this.#replies.push(resolve);
      this.#worker.postMessage(message);
    });
  }
}
