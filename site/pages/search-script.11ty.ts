import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchScriptPath } from '../lib/urls.ts';

/** `/scripts/search.js`: the search pages' script, published as written in `lib/search-client.js`. */
export const data = { permalink: searchScriptPath, eleventyExcludeFromCollections: true };

const source = readFileSync(join(import.meta.dirname, '..', 'lib', 'search-client.js'), 'utf8');

export default function render(): string {
  return source;
}
