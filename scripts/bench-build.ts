// Times `communique build` (cold, warm, after one edit, after one release added) and `serve`'s rebuild against the floor
// (gray-matter + the unified pipeline), plain Eleventy 3 and Hugo, side by side on one generated
// press room on tmpfs. Usage: pnpm bench:build [--releases 10000] [--languages 5] [--repeat 3]
// [--keep] [--only serve] (`--only serve` measures serve's edit alone, after its own first build;
// `--repeat N` runs the floor, the cold build and plain Eleventy N times each, alternating, then
// the warm build and Hugo N times each, alternating, and reports the medians)
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusArgs } from './lib/args.ts';
import { prepareEleventySite, prepareHugoSite } from './lib/baselines.ts';
import { communiqueArgs } from './lib/cli.ts';
import { appendSentence, editedRelease } from './lib/edit.ts';
import { generatePressRoom } from './lib/generate.ts';
import { findHugo } from './lib/hugo.ts';
import { formatTable, type Measurement, measure, medianOf, scratchDir } from './lib/measure.ts';
import { probeServe, type ServeProbe } from './lib/serve-probe.ts';

const args = corpusArgs(process.argv.slice(2), { releases: 10_000, languages: 5, repeat: 3 });
const repo = resolve(import.meta.dirname, '..');
const dir = scratchDir('communique-bench-build-');
const content = join(dir, 'content');
const cache = join(dir, 'cache');
console.log(`Generating ${args.releases} releases × ${args.languages} languages in ${content} …`);
const room = generatePressRoom(content, args);
const node = process.execPath;
const tsx = join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs');
// The CLI as its installed command starts it (with the Node flags of its first line).
const cli = communiqueArgs(repo);
const eleventyBin = join(repo, 'scripts', 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
// Every variant publishes at the same instant, after every generated release's date.
const now = '2030-01-01T00:00:00Z';
const build = (out: string, ...extra: string[]) => [
  ...cli,
  'build',
  '--content',
  content,
  '--out',
  join(dir, out),
  '--now',
  now,
  ...extra,
];

// The edit a press officer makes: one more sentence in the first paragraph of one original.
const edited = editedRelease(content);
const editedPage = '/en/2010/release-000000/';

// The release a press officer adds: a copy of the room's newest, under a title and folder of its
// own, in every language.
function addRelease(): string {
  const releases = join(content, 'releases');
  const year = readdirSync(releases).sort().at(-1)!;
  const newest = readdirSync(join(releases, year)).sort().at(-1)!;
  const added = join(releases, year, 'release-added');
  cpSync(join(releases, year, newest), added, { recursive: true });
  for (const name of readdirSync(added)) {
    const file = join(added, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: "/m, 'title: "Added: '));
  }
  return added;
}

// Warm the tsx transform cache (core, CLI, site templates) on a small room, so that no measured
// run pays for compiling TypeScript.
const warmUpRoom = join(dir, 'warm-up');
generatePressRoom(join(warmUpRoom, 'content'), { releases: 5, languages: args.languages });
await measure(
  'warm-up',
  node,
  [...cli, 'build', '--content', join(warmUpRoom, 'content'), '--out', join(warmUpRoom, 'out'), '--no-cache'],
  repo,
);
rmSync(warmUpRoom, { recursive: true, force: true });
const rows: Measurement[] = [];
/** Measures one run and prints its time. */
const runOnce = async (label: string, command: string, argv: readonly string[]) => {
  const row = await measure(label, command, argv, repo);
  console.log(`  ${label}: ${row.seconds.toFixed(1)} s`);
  if (row.exitCode !== 0) console.error(`${label} exited with ${row.exitCode}`);
  return row;
};
const record = (row: Measurement) => {
  rows.push(row);
  return row;
};
const run = async (label: string, command: string, argv: readonly string[]) =>
  record(await runOnce(label, command, argv));
/** Every whole-process run, side by side. */
async function measureBuilds() {
  // The floor, the cold build and plain Eleventy alternate, as the warm build and Hugo do below:
  // the goals compare them, by margins smaller than the machine's drift over a benchmark.
  const floorRuns: Measurement[] = [];
  const coldRuns: Measurement[] = [];
  const eleventyRuns: Measurement[] = [];
  for (let i = 1; i <= args.repeat; i++) {
    floorRuns.push(
      await runOnce(`floor: gray-matter + unified (${i})`, node, [
        tsx,
        join(repo, 'scripts', 'floor-render.ts'),
        content,
      ]),
    );
    // Each cold build starts from an empty cache; the last one's cache serves the warm builds.
    rmSync(cache, { recursive: true, force: true });
    coldRuns.push(
      await runOnce(`communique build, cold (${i})`, node, build(`out-cold-${i}`, '--cache', cache)),
    );
    const eleventyConfig = prepareEleventySite(content);
    eleventyRuns.push(
      await runOnce(`plain Eleventy 3.1.7 (${i})`, node, [
        eleventyBin,
        `--config=${eleventyConfig}`,
        `--input=${content}`,
        `--output=${join(dir, `out-eleventy-${i}`)}`,
        '--quiet',
      ]),
    );
    // The layout is Eleventy's alone: no other tool reads the room with it.
    rmSync(join(content, '_includes'), { recursive: true, force: true });
    // The first run's folders stay (for `--keep`); the rest go.
    if (i > 1) {
      rmSync(join(dir, `out-cold-${i}`), { recursive: true, force: true });
      rmSync(join(dir, `out-eleventy-${i}`), { recursive: true, force: true });
    }
  }
  const floor = record(medianOf('floor: gray-matter + unified', floorRuns));
  const cold = record(medianOf('communique build, cold', coldRuns));
  const hugo = findHugo();
  const hugoSite = join(dir, 'hugo');
  if (hugo) prepareHugoSite(content, hugoSite, room.languages);
  else console.log('Hugo is not installed (`apt-get install hugo`): its row is left out.');
  // The warm build and Hugo alternate, each into a new folder, so that the machine's drift from
  // minute to minute touches both alike; a row is the median of its runs (one run of each moved
  // by ±10% from one benchmark to the next, more than the difference the goal is about).
  const warmRuns: Measurement[] = [];
  const hugoRuns: Measurement[] = [];
  for (let i = 1; i <= args.repeat; i++) {
    warmRuns.push(
      await runOnce(`communique build, warm (${i})`, node, build(`out-warm-${i}`, '--cache', cache)),
    );
    // The first run's folder stays, as every other build's does (for `--keep`); the rest go.
    if (i > 1) rmSync(join(dir, `out-warm-${i}`), { recursive: true, force: true });
    if (!hugo) continue;
    const out = join(dir, `out-hugo-${i}`);
    hugoRuns.push(
      await runOnce(`Hugo ${hugo.version} (${i})`, hugo.path, [
        '--source',
        hugoSite,
        '--destination',
        out,
        '--quiet',
      ]),
    );
    rmSync(out, { recursive: true, force: true });
  }
  const warm = record(medianOf('communique build, warm', warmRuns));
  writeFileSync(edited, appendSentence('bench build')(readFileSync(edited, 'utf8')));
  const edit = await run('communique build, one release edited', node, build('out-edit', '--cache', cache));
  const added = addRelease();
  const add = await run('communique build, one release added', node, build('out-add', '--cache', cache));
  // serve starts from the room as the other tools built it (the edit aside).
  rmSync(added, { recursive: true, force: true });
  const eleventy = record(medianOf('plain Eleventy 3.1.7', eleventyRuns));
  const hugoRow = hugo ? record(medianOf(`Hugo ${hugo.version}`, hugoRuns)) : undefined;
  return { floor, cold, warm, edit, add, eleventy, hugoRow };
}

const builds = args.only === 'serve' ? undefined : await measureBuilds();

let serve: ServeProbe | undefined;
try {
  serve = await probeServe({
    command: node,
    args: [...cli, 'serve', '--content', content, '--port', '0', '--now', now, '--cache', cache],
    cwd: repo,
    file: edited,
    edit: appendSentence('serve probe'),
    token: 'serve probe',
    page: editedPage,
    timeoutMs: 60 * 60 * 1000,
  });
} catch (error) {
  console.error(`serve probe failed: ${error instanceof Error ? error.message : String(error)}`);
}

console.log(`\n${room.files} files, ${cpus().length} cores, Node ${process.versions.node}\n`);
if (builds) console.log(formatTable(rows, builds.floor));
if (serve) {
  console.log(
    `\nserve: started in ${serve.startupSeconds.toFixed(1)} s; one edited release visible after ${serve.visibleMilliseconds.toFixed(0)} ms, and in an open copy of its page (told to reload) after ${serve.reloadedMilliseconds.toFixed(0)} ms; serve said: ${serve.rebuildLine ?? 'nothing'}`,
  );
}
const ratio = (a: Measurement | undefined, b: Measurement | undefined) =>
  a && b ? Number((a.seconds / b.seconds).toFixed(3)) : null;
const result = {
  bench: 'build',
  releases: args.releases,
  languages: args.languages,
  files: room.files,
  cores: cpus().length,
  node: process.versions.node,
  runs: Object.fromEntries(
    rows.map((row) => [
      row.label,
      {
        seconds: row.seconds,
        peakRss: row.peakRss ?? null,
        exit: row.exitCode,
        ...(row.samples ? { samples: row.samples } : {}),
      },
    ]),
  ),
  serveStartupSeconds: serve?.startupSeconds ?? null,
  serveEditVisibleMs: serve?.visibleMilliseconds ?? null,
  serveEditReloadedMs: serve?.reloadedMilliseconds ?? null,
  serveRebuild: serve?.rebuildLine ?? null,
  ratios: builds && {
    coldOverFloor: ratio(builds.cold, builds.floor),
    coldOverEleventy: ratio(builds.cold, builds.eleventy),
    warmOverHugo: ratio(builds.warm, builds.hugoRow),
    warmOverCold: ratio(builds.warm, builds.cold),
    editOverCold: ratio(builds.edit, builds.cold),
    addOverCold: ratio(builds.add, builds.cold),
  },
  peakRss: builds
    ? Math.max(...[builds.cold, builds.warm, builds.edit, builds.add].map((row) => row.peakRss ?? 0))
    : null,
};
console.log(`\n${JSON.stringify(result)}`);
if (!args.keep) rmSync(dir, { recursive: true, force: true });
else console.log(`Kept ${dir}`);
