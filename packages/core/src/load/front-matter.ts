import matter from 'gray-matter';
import type { YamlDataCache } from '../cache/front-matter-cache.ts';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { YamlSource } from './yaml-source.ts';

export interface SplitFile {
  /** The front matter, positioned in file coordinates. */
  readonly yaml: YamlSource;
  /** The Markdown body as written (after the closing `---`). */
  readonly body: string;
  /** 1-based line of the file where the body starts. */
  readonly bodyLine: number;
  readonly diagnostics: Diagnostic[];
}

// Passing options turns off gray-matter's cache of every input, and the stub engine keeps it from
// parsing YAML with js-yaml (which would turn dates into UTC): YamlSource parses instead.
const options = { engines: { yaml: { parse: () => ({}), stringify: () => '' } } };
const closingFence = /\n---[ \t]*(\n|$)/;

/**
 * Splits a release file into front matter and body with gray-matter, keeping positions. With a
 * cache and the text's digest (`textDigest`), a text split before without a problem is split the
 * same way again without gray-matter.
 */
export function splitFrontMatter(
  file: string,
  text: string,
  cache?: YamlDataCache,
  digest?: string,
): SplitFile {
  const diagnostics: Diagnostic[] = [];
  const known = digest === undefined ? undefined : cache?.getSplit(digest);
  if (known && known.yaml[1] <= text.length && known.body <= text.length) {
    const [from, to] = known.yaml;
    const yaml = new YamlSource(file, text.slice(from, to), 0, undefined, { data: known.data });
    return { yaml, body: text.slice(known.body), bodyLine: known.bodyLine, diagnostics };
  }
  const start = { file, line: 1, column: 1 };
  if (text.trim() === '') {
    diagnostics.push(
      diagnostic(
        'frontmatter-syntax',
        start,
        'The file is empty: a release version needs front matter between `---` lines and a body',
      ),
    );
    return { yaml: new YamlSource(file, ''), body: '', bodyLine: 1, diagnostics };
  }
  if (!/^---[ \t]*\n/.test(text)) {
    diagnostics.push(
      diagnostic(
        'frontmatter-syntax',
        start,
        'Expected the file to start with a `---` line opening the front matter',
      ),
    );
    return { yaml: new YamlSource(file, ''), body: text, bodyLine: 1, diagnostics };
  }
  if (!closingFence.test(text.slice(3))) {
    diagnostics.push(
      diagnostic(
        'frontmatter-syntax',
        start,
        'The front matter opened here is never closed: add a `---` line after it',
      ),
    );
    return { yaml: new YamlSource(file, ''), body: '', bodyLine: 1, diagnostics };
  }
  const parsed = matter(text, options);
  // `parsed.matter` starts right after the opening `---`, so its line 1 is the file's line 1.
  const yamlText = parsed.matter.replace(/^[ \t]+/, '');
  const yaml = new YamlSource(file, yamlText, 0, cache);
  diagnostics.push(...yaml.diagnostics);
  const bodyOffset = text.length - parsed.content.length;
  const bodyLine = countLines(text, bodyOffset);
  if (
    yaml.data !== undefined &&
    (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data))
  ) {
    diagnostics.push(
      diagnostic(
        'frontmatter-syntax',
        { file, line: 2, column: 1 },
        'Expected the front matter to be a map of `field: value` lines',
      ),
    );
  }
  if (diagnostics.length === 0 && cache && digest !== undefined) {
    const start = 3 + parsed.matter.length - yamlText.length;
    const split = {
      data: yaml.data,
      yaml: [start, start + yamlText.length],
      body: bodyOffset,
      bodyLine,
    } as const;
    cache.offerSplit(digest, split);
  }
  return { yaml, body: parsed.content, bodyLine, diagnostics };
}

function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
