#!/usr/bin/env node
// The CLI is written in TypeScript and run from source through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/bin.ts');
await main(process.argv.slice(2));
