// The floor for `check`: gray-matter plus remark-parse (with remark-directive) over every release file, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const root = process.argv[2];
if (!root) {
  console.error('usage: floor-parse <content-dir>');
  process.exit(2);
}
const parser = unified().use(remarkParse).use(remarkDirective);
let nodes = 0;
const releases = join(root, 'releases');
for (const year of readdirSync(releases)) {
  for (const slug of readdirSync(join(releases, year))) {
    for (const name of readdirSync(join(releases, year, slug))) {
      if (!name.endsWith('.md')) continue;
      const file = matter(readFileSync(join(releases, year, slug, name), 'utf8'), {});
      nodes += parser.parse(file.content).children.length;
    }
  }
}
console.log(`parsed ${nodes} top-level nodes`);
