// Entry of the thread that does a search index build's file work (`search-index-files.ts`). The
// site is TypeScript run from source, and a worker thread does not inherit the loader its parent
// registered through the API: it registers tsx itself.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { answerIndexFiles } = await import('./search-index-files.ts');
answerIndexFiles(parentPort);
