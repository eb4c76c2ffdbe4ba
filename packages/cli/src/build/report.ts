import { relative } from 'node:path';
import { styleText } from 'node:util';
import type { Diagnostic } from '@communique/core';
import { filesChecked } from '../commands/check.ts';
import { formatPretty } from '../format/diagnostics.ts';
import type { Io } from '../io.ts';
import { instantText, type PublishOutcome } from './publish.ts';

type Paint = (format: Parameters<typeof styleText>[0], text: string) => string;

function painter(io: Io): Paint {
  return (format, text) => (io.colour ? styleText(format, text) : text);
}

/** What a build tells the press officer: refused (with every problem), or built (pages, time, next publication). */
export function reportOutcome(io: Io, outcome: PublishOutcome, outDir: string, preview: boolean): void {
  const paint = painter(io);
  const nearby = relative(io.cwd, outDir) || '.';
  const out = nearby.startsWith('..') ? outDir : nearby;
  if (!outcome.ok) {
    io.stderr(formatPretty(outcome.diagnostics, io.cwd, io.colour, filesChecked(outcome.room)));
    const errors = outcome.diagnostics.filter((d) => d.severity === 'error').length;
    io.stderr(
      `${paint('red', `✖ Refusing to publish: ${errors} error${errors === 1 ? '' : 's'} to fix first.`)} ${out} was not changed.\n`,
    );
    return;
  }
  const warnings = outcome.diagnostics.filter((d: Diagnostic) => d.severity === 'warning').length;
  const seconds = (outcome.milliseconds / 1000).toFixed(1);
  const lines = [
    paint(
      'green',
      `✔ Built ${outcome.pages} page${outcome.pages === 1 ? '' : 's'} (${outcome.files} files) into ${out} in ${seconds} s`,
    ),
  ];
  if (warnings > 0)
    lines.push(
      paint(
        'yellow',
        `⚠ ${warnings} warning${warnings === 1 ? '' : 's'}: run \`communique check\` to see them`,
      ),
    );
  lines.push(
    outcome.nextPublication
      ? `  Next publication: ${instantText(outcome.nextPublication)} (rebuild then to publish what waits for it)`
      : '  Next publication: none scheduled',
  );
  const removed = outcome.cacheEntriesRemoved ?? 0;
  if (removed > 0)
    lines.push(`  Removed ${removed} cache entr${removed === 1 ? 'y' : 'ies'} no build had used for a week`);
  if (preview)
    lines.push(
      paint(
        'yellow',
        '⚠ Preview build: drafts and embargoed releases are included. Never publish this folder.',
      ),
    );
  io.stdout(`${lines.join('\n')}\n`);
}
