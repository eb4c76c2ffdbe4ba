import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { YamlDataCache } from '../cache/front-matter-cache.ts';
import { type Diagnostic, diagnostic, type Place } from '../diagnostics/diagnostic.ts';

export type YamlPath = readonly (string | number)[];

/**
 * A parsed YAML text that remembers where every key and value came from. `lineOffset` shifts
 * positions for YAML embedded in a larger file (front matter). Timestamps stay strings as written:
 * the YAML 1.2 core schema does not turn them into `Date`s, so offsets survive. With a `cache`,
 * text parsed before (without errors) is not parsed again; positions are then parsed when asked.
 */
export class YamlSource {
  readonly data: unknown;
  readonly diagnostics: Diagnostic[] = [];
  // The syntax tree is large and most files never report anything: it is dropped after loading
  // and parsed again only when a position is asked for.
  #parsed: { doc: ReturnType<typeof parseDocument>; lines: LineCounter } | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly lineOffset = 0,
    cache?: YamlDataCache,
    /** The data this text parsed to before (from a cache): positions are then parsed when asked. */
    known?: { readonly data: unknown },
  ) {
    const cached = known ? known.data : cache?.get(text);
    if (cached !== undefined) {
      this.data = cached;
      return;
    }
    const { doc } = this.#tree();
    for (const error of doc.errors) {
      const at = this.#placeAtOffset(error.pos[0]);
      this.diagnostics.push(
        diagnostic('frontmatter-syntax', at, `YAML cannot be parsed: ${firstLine(error.message)}`),
      );
    }
    this.data = doc.errors.length > 0 ? undefined : (doc.toJS({ maxAliasCount: 100 }) as unknown);
    if (doc.errors.length === 0) cache?.offer(text, this.data);
    this.#parsed = undefined;
  }

  #tree(): { doc: ReturnType<typeof parseDocument>; lines: LineCounter } {
    if (!this.#parsed) {
      const lines = new LineCounter();
      const doc = parseDocument(this.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
      this.#parsed = { doc, lines };
    }
    return this.#parsed;
  }

  /** Where the value at `path` starts (or, with `key`, its key); falls back to the nearest existing parent. */
  placeOf(path: YamlPath, part: 'value' | 'key' = 'value'): Place {
    for (let depth = path.length; depth >= 0; depth--) {
      const sub = path.slice(0, depth);
      const offset = depth === path.length ? this.#offsetOf(sub, part) : this.#offsetOf(sub, 'key');
      if (offset !== undefined) return this.#placeAtOffset(offset);
    }
    return { file: this.file, line: this.lineOffset + 1, column: 1 };
  }

  has(path: YamlPath): boolean {
    return this.#tree().doc.hasIn(path);
  }

  #offsetOf(path: YamlPath, part: 'value' | 'key'): number | undefined {
    if (path.length === 0) return this.#tree().doc.contents?.range?.[0];
    const parent = this.#tree().doc.getIn(path.slice(0, -1), true) as Node | undefined;
    const last = path.at(-1);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last));
      if (!pair) return undefined;
      const node = part === 'key' ? pair.key : (pair.value ?? pair.key);
      return (node as Node | null)?.range?.[0];
    }
    if (isSeq(parent) && typeof last === 'number') {
      return (parent.items[last] as Node | undefined)?.range?.[0];
    }
    return undefined;
  }

  #placeAtOffset(offset: number): Place {
    const { line, col } = this.#tree().lines.linePos(offset);
    return { file: this.file, line: line + this.lineOffset, column: col };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
