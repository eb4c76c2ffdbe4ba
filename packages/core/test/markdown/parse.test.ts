import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { expect, test } from 'vitest';
import { parseMarkdown } from '../../src/markdown/parse.ts';

const releases = join(import.meta.dirname, '..', '..', '..', '..', 'content', 'releases');

/** Every body of the sample press room. */
function sampleBodies(): string[] {
  return readdirSync(releases, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => matter(readFileSync(join(entry.parentPath, entry.name), 'utf8')).content);
}

// The patched parser (packages/core/patches/) makes its compiler once and shares one compile
// context between the events of a document: nothing of one document may reach the next.
test('a body’s tree does not depend on the bodies parsed before it', () => {
  const bodies = [
    ...sampleBodies(),
    '1. first\n2. second\n\n```js\nconst a = 1;\n```\n\nTitle\n=====\n\nline  \nbreak &amp; &#35;',
    'Setext\n---\n\n3. third\n\n:::note\ntext :fig[310]{#arrests}\n:::\n',
  ];
  const forward = bodies.map((body) => JSON.stringify(parseMarkdown(body)));
  const backward = [...bodies]
    .reverse()
    .map((body) => JSON.stringify(parseMarkdown(body)))
    .reverse();
  expect(bodies.length).toBeGreaterThan(10);
  expect(backward).toEqual(forward);
  // Each parse is a tree of its own, not one shared and refilled.
  expect(parseMarkdown(bodies[0]!)).not.toBe(parseMarkdown(bodies[0]!));
});
