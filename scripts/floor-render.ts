// The floor for `communique build`: gray-matter plus the unified pipeline (remark-parse → remark-directive
// → remark-rehype → rehype-sanitize → rehype-stringify) over every release file, nothing else.
import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { releaseFiles } from './lib/release-files.ts';

const root = process.argv[2];
if (!root) {
  console.error('usage: floor-render <content-dir>');
  process.exit(2);
}
const processor = unified()
  .use(remarkParse)
  .use(remarkDirective)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeStringify);
let bytes = 0;
for (const path of releaseFiles(root)) {
  const file = matter(readFileSync(path, 'utf8'), {});
  bytes += String(processor.processSync(file.content)).length;
}
console.log(`rendered ${bytes} bytes of HTML`);
