// The floor for `check`: gray-matter plus remark-parse (with remark-directive) over every release file, nothing else.
import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { releaseFiles } from './lib/release-files.ts';

const root = process.argv[2];
if (!root) {
  console.error('usage: floor-parse <content-dir>');
  process.exit(2);
}
const parser = unified().use(remarkParse).use(remarkDirective);
let nodes = 0;
for (const path of releaseFiles(root)) {
  const file = matter(readFileSync(path, 'utf8'), {});
  nodes += parser.parse(file.content).children.length;
}
console.log(`parsed ${nodes} top-level nodes`);
