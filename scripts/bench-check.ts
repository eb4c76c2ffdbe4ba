// Times `communique check` against the floor (gray-matter + remark-parse) on one generated press room, side by side:
// with no cache (the comparison), filling an empty content cache, and again after one release was
// edited. Usage: pnpm bench:check [--releases 10000] [--languages 5]
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusArgs } from './lib/args.ts';
import { communiqueArgs } from './lib/cli.ts';
import { appendSentence, editedRelease } from './lib/edit.ts';
import { generatePressRoom } from './lib/generate.ts';
import { formatTable, measure, scratchDir } from './lib/measure.ts';

const args = corpusArgs(process.argv.slice(2), { releases: 10_000, languages: 5 });
const repo = resolve(import.meta.dirname, '..');
const dir = scratchDir('communique-bench-check-');
const content = join(dir, 'content');
console.log(`Generating ${args.releases} releases × ${args.languages} languages in ${content} …`);
const room = generatePressRoom(content, args);
const tsx = join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs');
// The CLI as its installed command starts it (with the Node flags of its first line).
const cli = communiqueArgs(repo);

const cache = join(dir, 'cache');
const check = (...extra: string[]) => [...cli, 'check', '--content', content, '--format', 'json', ...extra];

// Warm the tsx transform cache on a small room so that no run pays for compiling TypeScript.
const warmUp = join(dir, 'warm-up');
generatePressRoom(warmUp, { releases: 5, languages: args.languages });
await measure('warm-up', process.execPath, [...cli, 'check', '--content', warmUp, '--no-cache'], repo);
const floor = await measure(
  'floor: gray-matter + remark-parse',
  process.execPath,
  [tsx, join(repo, 'scripts', 'floor-parse.ts'), content],
  repo,
);
const uncached = await measure('communique check --no-cache', process.execPath, check('--no-cache'), repo);
const filling = await measure(
  'communique check, cache empty',
  process.execPath,
  check('--cache', cache),
  repo,
);
const edited = editedRelease(content);
writeFileSync(edited, appendSentence('bench check')(readFileSync(edited, 'utf8')));
const again = await measure(
  'communique check, one release edited',
  process.execPath,
  check('--cache', cache),
  repo,
);

console.log(`\n${room.files} files, ${cpus().length} cores, Node ${process.versions.node}\n`);
console.log(formatTable([floor, uncached, filling, again], floor));
const result = {
  bench: 'check',
  releases: args.releases,
  languages: args.languages,
  files: room.files,
  cores: cpus().length,
  floorSeconds: floor.seconds,
  checkSeconds: uncached.seconds,
  ratio: uncached.seconds / floor.seconds,
  floorPeakRss: floor.peakRss,
  checkPeakRss: uncached.peakRss,
  checkExit: uncached.exitCode,
  cacheEmptySeconds: filling.seconds,
  oneEditedSeconds: again.seconds,
  oneEditedExit: again.exitCode,
};
console.log(`\n${JSON.stringify(result)}`);
if (!args.keep) rmSync(dir, { recursive: true, force: true });
