// The floor for `communique build`: gray-matter plus the unified pipeline (remark-parse → remark-directive
// → remark-rehype → rehype-sanitize → rehype-stringify) over every release file, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

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
const releases = join(root, 'releases');
for (const year of readdirSync(releases)) {
  for (const slug of readdirSync(join(releases, year))) {
    for (const name of readdirSync(join(releases, year, slug))) {
      if (!name.endsWith('.md')) continue;
      const file = matter(readFileSync(join(releases, year, slug, name), 'utf8'), {});
      bytes += String(processor.processSync(file.content)).length;
    }
  }
}
console.log(`rendered ${bytes} bytes of HTML`);
