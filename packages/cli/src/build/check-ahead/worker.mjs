// Entry of the thread that checks a room's last chunks while the main thread checks its first
// (`in-worker.ts`). The CLI is TypeScript run from source, and a worker thread does not inherit
// the loader its parent registered through the API: it registers tsx itself.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { checkAheadInWorker } = await import('./in-worker.ts');
await checkAheadInWorker(workerData);
