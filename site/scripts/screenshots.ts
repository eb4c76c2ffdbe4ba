// Screenshots of built pages at phone width in headless Chromium, for the docs and for looking.
// Usage: node --import tsx site/scripts/screenshots.ts <built-site-dir> <out-dir> <url-path>[@selector]=<file.png> ...
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const [root, outDir, ...shots] = process.argv.slice(2);
if (!root || !outDir || shots.length === 0) {
  console.error('usage: screenshots.ts <built-site-dir> <out-dir> </path/>=<file.png> ...');
  process.exit(2);
}
const siteRoot = resolve(root);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.png': 'image/png',
};
const server = createServer((request, response) => {
  let path = normalize(join(siteRoot, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!path.startsWith(siteRoot) || !existsSync(path)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  for (const shot of shots) {
    // `/fr/…/=file.png` shoots the first screen; `/fr/…/@.contacts=file.png` one element.
    const [target, file] = shot.split('=') as [string, string];
    const [path, selector] = target.split('@') as [string, string | undefined];
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load' });
    if (selector)
      await page
        .locator(selector)
        .first()
        .screenshot({ path: join(outDir, file) });
    else await page.screenshot({ path: join(outDir, file), fullPage: process.env.FULL_PAGE === '1' });
    console.log(`${path} → ${join(outDir, file)}`);
  }
} finally {
  await browser.close();
  server.close();
}
