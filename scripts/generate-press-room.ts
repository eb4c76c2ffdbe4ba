// Writes a deterministic synthetic press room: `pnpm --filter @communique/scripts generate -- --releases 100 --languages 5 --out /tmp/room`
import { resolve } from 'node:path';
import { corpusArgs } from './lib/args.ts';
import { generatePressRoom } from './lib/generate.ts';

const args = corpusArgs(process.argv.slice(2), { releases: 100, languages: 5 });
const out = resolve(args.out ?? 'generated-room');
const room = generatePressRoom(out, args);
console.log(
  `Wrote ${room.releases} releases × ${room.languages.length} languages (${room.files} files) to ${out}`,
);
