export { type Io, processIo } from './io.ts';
export { run, usage } from './run.ts';
