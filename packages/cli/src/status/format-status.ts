import { styleText } from 'node:util';
import type { ReleaseStatus, VersionState } from '@communique/core';

const labels: Record<VersionState, string> = {
  original: 'original',
  'up-to-date': 'ok',
  untranslated: 'TODO',
  outdated: 'OUTDATED',
  untracked: 'untracked',
  missing: '-',
};

type Paint = (format: Parameters<typeof styleText>[0], text: string) => string;

function cell(state: VersionState, required: boolean, paint: Paint, width: number): string {
  const label = state === 'missing' && required ? 'MISSING' : labels[state];
  const padding = ' '.repeat(Math.max(1, width - label.length));
  const padded = label;
  const style =
    state === 'outdated' || state === 'untranslated'
      ? 'yellow'
      : state === 'missing'
        ? required
          ? 'red'
          : 'dim'
        : state === 'untracked'
          ? 'cyan'
          : state === 'original'
            ? 'bold'
            : 'green';
  return `${paint(style, padded)}${padding}`;
}

/** The translation matrix for a terminal: one row per release, one column per site language. */
export function formatStatusPretty(
  statuses: readonly ReleaseStatus[],
  languages: readonly string[],
  required: readonly string[],
  colour: boolean,
): string {
  const paint: Paint = (format, text) => (colour ? styleText(format, text, { validateStream: false }) : text);
  const idWidth = Math.max(7, ...statuses.map((s) => s.id.length)) + 2;
  const width = 10;
  const header = `${'release'.padEnd(idWidth)}${languages.map((l) => (required.includes(l) ? `${l}*` : l).padEnd(width)).join('')}`;
  const lines = [paint('bold', header.trimEnd())];
  for (const status of statuses) {
    const note =
      status.publication === 'draft'
        ? paint('dim', ' (draft)')
        : status.publication === 'embargoed'
          ? paint('magenta', ' (embargoed)')
          : '';
    lines.push(
      `${`${status.id.padEnd(idWidth)}${status.languages.map((l) => cell(l.state, l.required, paint, width)).join('')}`.trimEnd()}${note}`,
    );
  }
  lines.push(
    '',
    paint(
      'dim',
      `* required by site.yaml · ok = up to date · OUTDATED = the source changed since it was translated`,
    ),
    paint(
      'dim',
      `TODO = scaffolded, still the source text · untracked = no sourceHash · MISSING = required, absent`,
    ),
  );
  const pending = statuses.filter((s) => s.publication === 'draft' || s.publication === 'embargoed');
  if (pending.length > 0) {
    lines.push('', paint('bold', 'Not published yet'));
    for (const status of pending) {
      const when =
        status.publication === 'draft'
          ? 'draft: never published until `draft: true` is removed'
          : `embargoed until ${status.publishesAt}`;
      lines.push(`  ${status.id.padEnd(idWidth)}${when}`);
    }
  }
  const count = (state: VersionState, onlyRequired = false) =>
    statuses.reduce(
      (n, s) => n + s.languages.filter((l) => l.state === state && (!onlyRequired || l.required)).length,
      0,
    );
  const summary = `${statuses.length} release${statuses.length === 1 ? '' : 's'} · ${count('up-to-date')} up to date · ${count('outdated')} outdated · ${count('untranslated')} to translate · ${count('untracked')} untracked · ${count('missing', true)} required missing`;
  lines.push(
    '',
    count('outdated') + count('untranslated') + count('missing', true) > 0
      ? paint('yellow', summary)
      : paint('green', summary),
  );
  return `${lines.join('\n')}\n`;
}
