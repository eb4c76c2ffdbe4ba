import { relative } from 'node:path';
import { styleText } from 'node:util';
import type { Diagnostic } from '@communique/core';

export const diagnosticFormats = ['pretty', 'json', 'github'] as const;
export type DiagnosticFormat = (typeof diagnosticFormats)[number];

/** The JSON contract: one array of `{ file, line, column, rule, severity, message }`, files relative to cwd. */
export function formatJson(diagnostics: readonly Diagnostic[], cwd: string): string {
  const rows = diagnostics.map((d) => ({
    file: relative(cwd, d.file),
    line: d.line,
    column: d.column,
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    hint: d.hint,
    ...(d.cause
      ? { cause: { file: relative(cwd, d.cause.file), line: d.cause.line, column: d.cause.column } }
      : {}),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** GitHub Actions workflow commands, one per diagnostic. */
export function formatGithub(diagnostics: readonly Diagnostic[], cwd: string): string {
  return diagnostics
    .map((d) => {
      const level = d.severity === 'error' ? 'error' : 'warning';
      const props = `file=${escapeProperty(relative(cwd, d.file))},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}`;
      return `::${level} ${props}::${escapeData(`${d.message}. ${d.hint}`)}\n`;
    })
    .join('');
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Grouped by file, one line per problem with its hint, then a summary line. */
export function formatPretty(
  diagnostics: readonly Diagnostic[],
  cwd: string,
  colour: boolean,
  filesChecked: number,
): string {
  const paint = (format: Parameters<typeof styleText>[0], text: string) =>
    colour ? styleText(format, text, { validateStream: false }) : text;
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(paint('underline', relative(cwd, file)));
    for (const d of list) {
      const severity = d.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
      lines.push(
        `  ${paint('dim', `${d.line}:${d.column}`.padEnd(8))} ${severity}  ${d.message}  ${paint('dim', d.rule)}`,
      );
      lines.push(`  ${' '.repeat(8)}          ${paint('dim', `↳ ${d.hint}`)}`);
      if (d.cause)
        lines.push(
          `  ${' '.repeat(8)}          ${paint('dim', `see ${relative(cwd, d.cause.file)}:${d.cause.line}:${d.cause.column}`)}`,
        );
    }
    lines.push('');
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const files = `${filesChecked} file${filesChecked === 1 ? '' : 's'}`;
  if (diagnostics.length === 0) lines.push(paint('green', `✔ No problems in ${files}`));
  else {
    const summary = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${byFile.size} of ${files}`;
    lines.push(errors > 0 ? paint('red', `✖ ${summary}`) : paint('yellow', `⚠ ${summary}`));
  }
  return `${lines.join('\n')}\n`;
}
