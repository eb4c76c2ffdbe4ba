import { diagnostic } from '../diagnostics/diagnostic.ts';
import { directiveUses } from '../markdown/directives.ts';
import type { Figure } from '../model/schemas.ts';
import { nearest } from '../text/nearest.ts';
import { bodyPlace, type Check } from './context.ts';

/** The Intl.NumberFormat options of a figure (everything but `value`). */
export function figureFormatOptions(figure: Figure): Intl.NumberFormatOptions {
  if (typeof figure === 'number') return {};
  const { value: _value, ...options } = figure;
  return options as Intl.NumberFormatOptions;
}

export function figureValue(figure: Figure): number {
  return typeof figure === 'number' ? figure : figure.value;
}

/** Every `:fig[]` names a defined figure; every figure is used; figure options are valid for Intl. */
export const checkFigures: Check = (room, report) => {
  for (const release of room.releases) {
    const original = release.original;
    const figures = original?.meta?.figures;
    if (!original || !figures) continue;
    const names = Object.keys(figures);
    for (const [name, figure] of Object.entries(figures)) {
      try {
        new Intl.NumberFormat('en', figureFormatOptions(figure)).format(figureValue(figure));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        report(
          diagnostic(
            'schema',
            original.yaml.placeOf(['figures', name]),
            `Figure \`${name}\` has options Intl.NumberFormat rejects: ${reason}`,
          ),
        );
      }
    }
    for (const version of release.versions) {
      for (const use of directiveUses(version.tree).figures) {
        if (!(use.name in figures)) {
          const suggestion = nearest(use.name, names);
          const fix = suggestion
            ? `: did you mean \`${suggestion}\`?`
            : names.length
              ? ` (defined: ${names.map((n) => `\`${n}\``).join(', ')})`
              : ': this release defines no `figures`';
          report(
            diagnostic(
              'figure-unknown',
              bodyPlace(version, use.node.position?.start),
              `\`:fig[${use.name}]\` names no figure${fix}`,
              original.yaml.placeOf(['figures'], 'key'),
            ),
          );
        }
      }
    }
    const used = new Set(directiveUses(original.tree).figures.map((use) => use.name));
    for (const name of names) {
      if (!used.has(name)) {
        report(
          diagnostic(
            'figure-unused',
            original.yaml.placeOf(['figures', name], 'key'),
            `Figure \`${name}\` is defined but the body never uses it with \`:fig[${name}]\``,
          ),
        );
      }
    }
  }
};
