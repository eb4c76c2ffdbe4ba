import { type RuleId, rules, type Severity } from './rules.ts';

/** A place in a file: path as given to the loader, 1-based line and column. */
export interface Place {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface Diagnostic extends Place {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly hint: string;
  /** The other place involved, e.g. the original's value for a translation's conflict. */
  readonly cause?: Place;
}

/** Builds a diagnostic, stamping severity and hint from the catalog so rules never repeat them. */
export function diagnostic(rule: RuleId, place: Place, message: string, cause?: Place): Diagnostic {
  const info = rules[rule];
  const base = {
    file: place.file,
    line: place.line,
    column: place.column,
    rule,
    severity: info.severity,
    message,
    hint: info.hint,
  };
  return cause ? { ...base, cause: { file: cause.file, line: cause.line, column: cause.column } } : base;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
