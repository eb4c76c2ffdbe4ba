// Screenshots of built pages at phone width in headless Chromium, for the docs and for looking.
// Usage: node --import tsx site/scripts/screenshots.ts <built-site-dir> <out-dir> <url-path>[@selector]=<file.png> ...
import { join, resolve } from 'node:path';
import { launchChromium } from '../lib/chromium.ts';
import { serve } from '../lib/static-host.ts';

const [root, outDir, ...shots] = process.argv.slice(2);
if (!root || !outDir || shots.length === 0) {
  console.error('usage: screenshots.ts <built-site-dir> <out-dir> </path/>=<file.png> ...');
  process.exit(2);
}
const site = await serve(resolve(root));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  for (const shot of shots) {
    // `/fr/…/=file.png` shoots the first screen; `/fr/…/@.contacts=file.png` one element.
    const [target, file] = shot.split('=') as [string, string];
    const [path, selector] = target.split('@') as [string, string | undefined];
    await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
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
  await site.close();
}
