import { styleText } from 'node:util';
import type { LanguageState, LanguageStatus, ReleaseStatus } from '@communique/core';
import { statusTotals } from './totals.ts';

type Style = Parameters<typeof styleText>[0];
type Paint = (style: Style, text: string) => string;

/** Terminal width the matrix is laid out for (seven languages and long ids fit). */
export const statusWidth = 100;

const labels: Record<LanguageState, string> = {
  original: 'original',
  'up-to-date': 'ok',
  untranslated: 'TODO',
  outdated: 'OUTDATED',
  untracked: 'untracked',
  missing: '-',
};

const styles: Record<LanguageState, Style> = {
  original: 'bold',
  'up-to-date': 'green',
  untranslated: 'yellow',
  outdated: 'yellow',
  untracked: 'cyan',
  missing: 'dim',
};

function cellLabel(cell: LanguageStatus): string {
  return cell.state === 'missing' && cell.required ? 'MISSING' : labels[cell.state];
}

function cellStyle(cell: LanguageStatus): Style {
  return cell.state === 'missing' && cell.required ? ['red', 'bold'] : styles[cell.state];
}

const markers: Record<ReleaseStatus['publication'], string> = {
  published: '',
  embargoed: ' (embargoed)',
  draft: ' (draft)',
  unknown: ' (invalid)',
};

/** Shortens the middle of a release id, keeping its year and both ends of the slug readable. */
function shorten(text: string, width: number): string {
  if (text.length <= width) return text;
  const keep = Math.max(width - 1, 2);
  const head = Math.ceil(keep * 0.6);
  return `${text.slice(0, head)}…${text.slice(text.length - (keep - head))}`;
}

interface Layout {
  readonly gap: number;
  readonly idWidth: number;
  readonly columns: readonly number[];
}

/** Column widths that fit `statusWidth`: two spaces between columns, one if need be, then shorter ids. */
function layout(statuses: readonly ReleaseStatus[], headers: readonly string[]): Layout {
  // At least three wide, so that a two-letter column keeps apart from its neighbours.
  const columns = headers.map((header, i) =>
    Math.max(3, header.length, ...statuses.map((s) => cellLabel(s.languages[i]!).length)),
  );
  const cells = columns.reduce((sum, width) => sum + width, 0);
  const rowLabels = statuses.map((s) => s.id.length + markers[s.publication].length);
  const idWidth = Math.max('release'.length, ...rowLabels);
  for (const gap of [2, 1]) {
    if (idWidth + gap * columns.length + cells <= statusWidth) return { gap, idWidth, columns };
  }
  return { gap: 1, idWidth: Math.max(statusWidth - columns.length - cells, 16), columns };
}

function row(label: string, cells: readonly string[], widths: Layout, paints: readonly string[]): string {
  const gap = ' '.repeat(widths.gap);
  const parts = cells.map((cell, i) => {
    const last = i === cells.length - 1;
    return `${paints[i]}${last ? '' : ' '.repeat(widths.columns[i]! - cell.length)}`;
  });
  return `${label.padEnd(widths.idWidth)}${gap}${parts.join(gap)}`.trimEnd();
}

function relative(from: Date, to: string): string {
  const ms = Date.parse(to) - from.getTime();
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'always' });
  const hours = ms / 3_600_000;
  if (Math.abs(hours) >= 48) return format.format(Math.round(hours / 24), 'day');
  if (Math.abs(hours) >= 2) return format.format(Math.round(hours), 'hour');
  return format.format(Math.max(1, Math.round(ms / 60_000)), 'minute');
}

function pendingSection(statuses: readonly ReleaseStatus[], now: Date, paint: Paint): string[] {
  const pending = statuses.filter((s) => s.publication === 'draft' || s.publication === 'embargoed');
  if (pending.length === 0) return [];
  const width = Math.max(...pending.map((s) => s.id.length));
  const lines = ['', paint('bold', 'Not published yet')];
  for (const status of pending) {
    const when = status.publishesAtWritten ?? status.publishesAt ?? '?';
    const text =
      status.publication === 'draft'
        ? `draft      dated ${when}`
        : `embargoed  until ${when} (${status.publishesAt ? relative(now, status.publishesAt) : '?'})`;
    lines.push(
      `  ${status.id.padEnd(width)}  ${paint(status.publication === 'draft' ? 'dim' : 'magenta', text)}`,
    );
  }
  lines.push(
    paint(
      'dim',
      'Drafts are never published; an embargoed release appears with the first build after its instant.',
    ),
  );
  return lines;
}

/** The translation matrix for a terminal: one row per release, one column per site language. */
export function formatStatusPretty(
  statuses: readonly ReleaseStatus[],
  languages: readonly string[],
  required: readonly string[],
  now: Date,
  colour: boolean,
): string {
  const paint: Paint = (style, text) => (colour ? styleText(style, text, { validateStream: false }) : text);
  const headers = languages.map((lang) => (required.includes(lang) ? `${lang}*` : lang));
  const widths = layout(statuses, headers);
  const lines = [paint('bold', row('release', headers, widths, headers))];
  for (const status of statuses) {
    const marker = markers[status.publication];
    const label = `${shorten(status.id, widths.idWidth - marker.length)}${marker}`;
    const cells = status.languages.map(cellLabel);
    const painted = status.languages.map((cell, i) => paint(cellStyle(cell), cells[i]!));
    lines.push(row(label, cells, widths, painted));
  }
  lines.push(
    '',
    paint('dim', "* required by site.yaml · ok = up to date · TODO = scaffolded, still the source's text"),
    paint(
      'dim',
      'OUTDATED = the source changed since · untracked = no sourceHash · MISSING = required, absent',
    ),
    paint(
      'dim',
      'Start a version: communique translate <id> --to <lang>; record it done: … --to <lang> --done',
    ),
  );
  lines.push(...pendingSection(statuses, now, paint));
  const totals = statusTotals(statuses);
  const summary = [
    `${totals.releases} release${totals.releases === 1 ? '' : 's'}`,
    `${totals.upToDate} up to date`,
    `${totals.outdated} outdated`,
    `${totals.untranslated} to translate`,
    `${totals.untracked} untracked`,
    `${totals.requiredMissing} required missing`,
  ].join(' · ');
  const needsWork = totals.outdated + totals.untranslated + totals.requiredMissing > 0;
  lines.push('', paint(needsWork ? 'yellow' : 'green', summary));
  return `${lines.join('\n')}\n`;
}
