// Times `communique check` against the floor (gray-matter + remark-parse) on one generated press room, side by side.
// Usage: pnpm bench:check [--releases 10000] [--languages 5]
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusArgs } from './lib/args.ts';
import { generatePressRoom } from './lib/generate.ts';
import { formatTable, measure, scratchDir } from './lib/measure.ts';

const args = corpusArgs(process.argv.slice(2), { releases: 10_000, languages: 5 });
const repo = resolve(import.meta.dirname, '..');
const dir = scratchDir('communique-bench-check-');
const content = join(dir, 'content');
console.log(`Generating ${args.releases} releases × ${args.languages} languages in ${content} …`);
const room = generatePressRoom(content, args);
const tsx = join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const bin = join(repo, 'packages', 'cli', 'bin', 'communique.mjs');

// Warm the tsx transform cache so neither run pays for compiling TypeScript.
await measure('warm-up', process.execPath, [bin, 'check', '--content', content, '--format', 'json'], repo);
const floor = await measure(
  'floor: gray-matter + remark-parse',
  process.execPath,
  [tsx, join(repo, 'scripts', 'floor-parse.ts'), content],
  repo,
);
const check = await measure(
  'communique check',
  process.execPath,
  [bin, 'check', '--content', content, '--format', 'json'],
  repo,
);

console.log(`\n${room.files} files, ${cpus().length} cores, Node ${process.versions.node}\n`);
console.log(formatTable([floor, check], floor));
const result = {
  bench: 'check',
  releases: args.releases,
  languages: args.languages,
  files: room.files,
  cores: cpus().length,
  floorSeconds: floor.seconds,
  checkSeconds: check.seconds,
  ratio: check.seconds / floor.seconds,
  floorPeakRss: floor.peakRss,
  checkPeakRss: check.peakRss,
  checkExit: check.exitCode,
};
console.log(`\n${JSON.stringify(result)}`);
if (!args.keep) rmSync(dir, { recursive: true, force: true });
