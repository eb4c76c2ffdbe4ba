// Entry of the thread that places cached release files (`place-in-worker.ts`). The plugin is
// TypeScript run from source, and a worker thread does not inherit the loader its parent
// registered through the API: it registers tsx itself.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { placeInWorker } = await import('./place-in-worker.ts');
placeInWorker(parentPort, workerData);
