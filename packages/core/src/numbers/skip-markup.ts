import type { SkipRule } from './skip-rule.ts';

/**
 * Markdown and directive syntax, code, URLs, e-mail addresses and handles: their digits are
 * addresses and names, not quantities.
 */
export const markupRules: readonly SkipRule[] = [
  { pattern: /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, needle: /```|~~~/ },
  { pattern: /`[^`\n]+`/g, needle: /`/ },
  { pattern: /<!--[\s\S]*?-->/g, needle: /<!--/ },
  { pattern: /<\/?[A-Za-z][^<>\n]*>/g, needle: /</ },
  {
    pattern: /(?:\b(?:https?|ftp):\/\/|\bwww\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*/gi,
    needle: /:\/\/|www\./i,
  },
  // Link destinations, relative ones included: `[report](./report-2024-45.pdf)`.
  { pattern: /\]\([^)\n]*\)/g, needle: /\]\(/ },
  // A bare domain with a path: `iom.int/fr/news/45`.
  {
    pattern:
      /(?<![A-Za-z0-9@.-])[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\/[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]*/g,
    needle: /[A-Za-z]\.[A-Za-z]{2,}\//,
  },
  { pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g, needle: /@/ },
  // Attribute blocks after headings, before `#step` passes for a hashtag: `{#step-2}`.
  { pattern: /\{[#.][^}\n]*\}/g, needle: /\{[#.]/ },
  { pattern: /(?<![\p{L}\p{N}_])[@#][\p{L}_][\p{L}\p{N}_]*/gu, needle: /[@#]/ },
  // Directives: `:fig[x]`, `:date[2023-03-14]`, `::video{#id}`, `:::quote{by=x}`.
  { pattern: /:{1,3}[A-Za-z][\w-]*(?:\[[^\]\n]*\])?(?:\{[^}\n]*\})?/g, needle: /:[A-Za-z]/ },
  // Footnote references: `[^3]`.
  { pattern: /\[\^[^\]\n]+\]/g, needle: /\[\^/ },
];
