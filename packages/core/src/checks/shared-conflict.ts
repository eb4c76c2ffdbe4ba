import { diagnostic } from '../diagnostics/diagnostic.ts';
import { type SharedDifference, sharedDifferences } from '../translation/shared-fields.ts';
import type { Check } from './context.ts';

/** A value for a message: strings as written, unless the other side is not a string (`12` vs `"12"`). */
function show(value: unknown, other: unknown): string {
  const text =
    typeof value === 'string' && (typeof other === 'string' || other === undefined)
      ? value
      : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function field(path: readonly (string | number)[]): string {
  return path
    .map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`))
    .join('');
}

function message(difference: SharedDifference, lang: string): string {
  const { path, mine, theirs } = difference;
  // A list is named whole (its value is shown whole), though the place is its first differing item.
  const name = `\`${Array.isArray(mine) ? difference.field : field(path)}\``;
  if (difference.kind === 'partial')
    return `${name} here lacks ${difference.left?.map((n) => `\`${n}\``).join(', ')} of the original \`${lang}.md\`: remove \`figures\` from this translation (it is inherited) or repeat it whole`;
  if (difference.kind === 'absent')
    return path[0] === 'figures' && path.length > 1
      ? `${name} is not a figure of the original \`${lang}.md\`: figures are defined once, in the original`
      : `${name} is shared with the original \`${lang}.md\`, which does not set it: remove it here or set it in \`${lang}.md\``;
  const theirsText = `\`${show(theirs, mine)}\`${difference.theirsIsDefault ? ' (by default)' : ''}`;
  return `${name} is \`${show(mine, theirs)}\` here but ${theirsText} in the original \`${lang}.md\`: shared fields are set once, in the original`;
}

/**
 * A translation that repeats a shared field of the original with another value. Reported at
 * the translation's value, with `cause` at the original's (or where the original would set it).
 */
export const checkSharedConflicts: Check = (room, report) => {
  for (const release of room.releases) {
    const original = release.original;
    if (!original) continue;
    for (const version of release.versions) {
      if (version === original) continue;
      for (const difference of sharedDifferences(version.raw, original.raw)) {
        const part = difference.kind === 'partial' ? 'key' : 'value';
        report(
          diagnostic(
            'shared-conflict',
            version.yaml.placeOf(difference.path, part),
            message(difference, original.lang),
            original.yaml.placeOf(difference.originalPath, part),
          ),
        );
      }
    }
  }
};
