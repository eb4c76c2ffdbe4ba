import { setFlagsFromString } from 'node:v8';
import { checkAndPublish } from './src/build/publish.ts';

setFlagsFromString('--heap-growing-percent=40');
const t = performance.now();
const o = await checkAndPublish({
  contentDir: process.argv[2],
  outDir: process.argv[3],
  now: new Date('2030-01-01T00:00:00Z'),
  preview: false,
  cacheDir: process.argv[4],
  checkAhead: process.argv[5] === 'ahead' ? {} : undefined,
});
console.log(process.argv[5], o.ok, o.ok && o.chunksCheckedAhead, Math.round(performance.now() - t));
