import { relative } from 'node:path';
import type { Diagnostic } from '@communique/core';

export interface Problem {
  /** `file:line:column`, when the problem has a place. */
  readonly place?: string;
  readonly message: string;
  readonly rule?: string;
}

export function problemsOf(diagnostics: readonly Diagnostic[], cwd: string): Problem[] {
  return diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({
      place: `${relative(cwd, d.file)}:${d.line}:${d.column}`,
      message: d.message,
      rule: d.rule,
    }));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What the local server shows while the site cannot be rebuilt: each problem and where to fix it. */
export function failurePage(problems: readonly Problem[]): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  const items = problems
    .map(
      (p) =>
        `<li>${p.place ? `<code>${escapeHtml(p.place)}</code> ` : ''}${escapeHtml(p.message)}${p.rule ? ` <small>(${escapeHtml(p.rule)})</small>` : ''}</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Not rebuilt: ${count}</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5}code{background:#f3f5f7}</style></head>
<body><h1>The site was not rebuilt</h1><p>The content has ${count} to fix first. This page reloads by itself once the site builds again.</p>
<ul>
${items}
</ul></body></html>
`;
}
