import type { Nodes, Root } from 'mdast';

export interface InlineFormatters {
  /** A figure formatted for the page, or undefined when the name is unknown. */
  readonly figure: (name: string) => string | undefined;
  /** A `:date[]` text formatted for the page. */
  readonly date: (text: string) => string;
}

const segmenters = new Map<string, Intl.Segmenter>();
const maxContext = 320;

/**
 * For each figure a body uses, the sentence that first uses it, as plain text with figures and
 * dates formatted: a key figure explained in the page's own language, without a label field.
 */
export function figureContexts(tree: Root, lang: string, format: InlineFormatters): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      contextsOfBlock(node, lang, format, found);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return found;
}

function contextsOfBlock(
  block: Nodes,
  lang: string,
  format: InlineFormatters,
  found: Map<string, string>,
): void {
  // Only blocks with a figure whose sentence is still to find are worth writing out (dates in them
  // are formatted, which costs): bodies name their figures again and again.
  if (!namesNewFigure(block, found)) return;
  const uses: { name: string; at: number }[] = [];
  let text = '';
  const write = (node: Nodes): void => {
    if (node.type === 'textDirective' && node.name === 'fig') {
      const name = inlineText(node).trim();
      uses.push({ name, at: text.length });
      text += format.figure(name) ?? name;
    } else if (node.type === 'textDirective' && node.name === 'date') {
      text += format.date(inlineText(node).trim());
    } else if (node.type === 'break') {
      text += ' ';
    } else if ('value' in node && typeof node.value === 'string' && node.type !== 'html') {
      text += node.value;
    } else if ('children' in node) {
      for (const child of node.children as Nodes[]) write(child);
    }
  };
  write(block);
  const pending = uses.filter((use) => !found.has(use.name));
  if (pending.length === 0) return;
  const segments = segmenter(lang).segment(text);
  for (const use of pending) {
    if (found.has(use.name)) continue;
    // Only the sentence around the figure: ICU finds its two ends from there.
    const segment = segments.containing(use.at);
    if (!segment) continue;
    // Collapse line breaks and spaces only: no-break spaces inside numbers must stay.
    const sentence = segment.segment.replace(/[ \t\r\n]+/g, ' ').trim();
    if (sentence.length > 0 && sentence.length <= maxContext) found.set(use.name, sentence);
  }
}

function namesNewFigure(node: Nodes, found: ReadonlyMap<string, string>): boolean {
  if (node.type === 'textDirective' && node.name === 'fig') return !found.has(inlineText(node).trim());
  return 'children' in node && (node.children as Nodes[]).some((child) => namesNewFigure(child, found));
}

function inlineText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return '';
}

function segmenter(lang: string): Intl.Segmenter {
  let found = segmenters.get(lang);
  if (!found) {
    found = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, found);
  }
  return found;
}
