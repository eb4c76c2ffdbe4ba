// Loaded with `node --import` into a measured process: writes its peak RSS (bytes) to $COMMUNIQUE_RSS_FILE on exit.
import { appendFileSync } from 'node:fs';

const file = process.env.COMMUNIQUE_RSS_FILE;
if (file) {
  process.on('exit', () => {
    appendFileSync(file, `${process.resourceUsage().maxRSS * 1024}\n`);
  });
}
