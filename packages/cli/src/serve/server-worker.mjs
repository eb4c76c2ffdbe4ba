// Entry of the preview server's thread (`server-in-worker.ts`). The CLI is TypeScript run from
// source, and a worker thread does not inherit the loader its parent registered through the API:
// it registers tsx itself.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { serveInWorker } = await import('./server-in-worker.ts');
serveInWorker(parentPort, workerData.root);
