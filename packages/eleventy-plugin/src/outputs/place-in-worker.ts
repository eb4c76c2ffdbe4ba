import type { MessagePort } from 'node:worker_threads';
import { LaidOutStore } from './laid-out-store.ts';
import { FolderMaker } from './place-file.ts';

/** A batch of pages to place: each page's number, cache key and target files. */
export interface PlaceRequest {
  readonly items: readonly (readonly [id: number, key: string, targets: readonly string[]])[];
}

/** What each page of a batch got: the release folder's files its body uses, or null on a miss. */
export interface PlaceReply {
  readonly placed: readonly (readonly [id: number, assets: readonly string[] | null])[];
}

/** Sent after the last batch, and answered once every batch before it is answered. */
export const lastBatch = 'done';

export interface PlaceWorkerData {
  readonly cache: string;
}

/** The worker thread's side (`place-worker.mjs` calls it): answers batches until the last. */
export function placeInWorker(port: MessagePort, data: PlaceWorkerData): void {
  const store = new LaidOutStore(data.cache);
  const folders = new FolderMaker();
  port.on('message', (message: PlaceRequest | typeof lastBatch) => {
    if (message === lastBatch) {
      port.postMessage(lastBatch);
      port.close();
      return;
    }
    const placed = message.items.map(([id, key, targets]) => {
      for (const target of targets) folders.folderOf(target);
      return [id, store.place(key, targets) ?? null] as const;
    });
    port.postMessage({ placed } satisfies PlaceReply);
  });
}
