import type { z } from 'zod';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import type { YamlPath, YamlSource } from '../load/yaml-source.ts';
import { nearest } from '../text/nearest.ts';
import { knownKeysAt } from './schema-keys.ts';

export type Validated<T> = { ok: true; value: T } | { ok: false };

/** Validates parsed YAML against a schema, reporting every problem at its own YAML node. */
export function validate<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
  data: unknown,
  diagnostics: Diagnostic[],
  basePath: YamlPath = [],
): Validated<z.output<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  for (const issue of result.error.issues) {
    const path = [...basePath, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path as (string | number)[]);
      for (const key of issue.keys) {
        const suggestion = nearest(key, known);
        const hint = suggestion
          ? `: did you mean \`${suggestion}\`?`
          : known.length
            ? `; expected one of ${known.map((k) => `\`${k}\``).join(', ')}`
            : '';
        diagnostics.push(
          diagnostic(
            'schema',
            source.placeOf([...path, key], 'key'),
            `Unknown field \`${[...path, key].join('.')}\`${hint}`,
          ),
        );
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && !source.has(path);
    const field = `\`${path.join('.') || '(front matter)'}\``;
    const message = missing
      ? `Missing required field ${field}`
      : `Unexpected value for ${field}: ${describeIssue(issue)}`;
    diagnostics.push(diagnostic('schema', source.placeOf(path), message));
  }
  return { ok: false };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => `\`${String(v)}\``).join(' or ')}`;
    case 'invalid_union':
      // Every union in the schemas names its own expectation.
      return issue.message;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${issue.minimum} item(s)`
        : 'expected a non-empty value';
    case 'invalid_format':
      return issue.format === 'url'
        ? 'expected an absolute `https://` URL'
        : `expected a valid ${issue.format}`;
    default:
      return issue.message;
  }
}
