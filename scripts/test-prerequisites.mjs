#!/usr/bin/env node
// Runs before `pnpm test`: the browser tests need Chromium and the HTML validity test needs Java.
// On a fresh Debian machine (as root, the project's CI and quick start) it installs what is
// missing from Debian's packages; elsewhere it says what to install and stops, so the tests
// never fail later with a less clear message. Plain JavaScript: it runs before anything else.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const needs = [];
if (!existsSync(chromium)) needs.push({ what: `Chromium (${chromium})`, debian: 'chromium' });
if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0)
  needs.push({ what: 'Java 17 or later', debian: 'default-jre-headless' });

if (needs.length > 0) {
  const packages = needs.map((need) => need.debian);
  const canInstall =
    process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!canInstall) {
    process.stderr.write(
      `The tests need ${needs.map((need) => need.what).join(' and ')}.\nOn Debian or Ubuntu: sudo apt-get install -y ${packages.join(' ')}` +
        `\n(or set CHROMIUM_PATH to a Chromium or Chrome binary).\n`,
    );
    process.exit(1);
  }
  process.stdout.write(
    `Installing ${needs.map((need) => need.what).join(' and ')} from Debian's packages…\n`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) =>
    spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  if (!run(['update', '-qq']) || !run(['install', '-y', '-qq', ...packages])) {
    process.stderr.write(
      `apt-get could not install ${packages.join(' ')}: install them, then run the tests again.\n`,
    );
    process.exit(1);
  }
}
