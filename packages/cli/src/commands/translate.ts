import { join, relative } from 'node:path';
import { canonicalTag, loadPressRoom, type Release, textFingerprint } from '@communique/core';
import { contentDir } from '../content-dir.ts';
import { CommandError, type Io, UsageError } from '../io.ts';
import { recordSourceHash } from '../translate/record-done.ts';
import { scaffoldTranslation } from '../translate/scaffold.ts';
import { writeNewFile } from '../write-new-file.ts';
import { parseReleaseId } from './new.ts';

export type TranslateOptions = Readonly<Record<string, string | boolean | undefined>>;

function languageOption(
  name: string,
  value: string | boolean | undefined,
  languages: readonly string[] | undefined,
): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`\`translate\` needs --${name} <tag>`);
  const canonical = canonicalTag(value);
  if (canonical !== value)
    throw new UsageError(
      `\`${value}\` is not a canonical BCP 47 tag${canonical ? ` (did you mean \`${canonical}\`?)` : ''}`,
    );
  if (languages && !languages.includes(value))
    throw new UsageError(
      `\`${value}\` is not one of the site's languages (${languages.join(', ')}) in site.yaml`,
    );
  return value;
}

/** `communique translate <id> --to <tag> [--from <tag>] [--done]`. */
export function runTranslate(io: Io, positionals: string[], options: TranslateOptions): number {
  if (positionals.length !== 1)
    throw new UsageError('`translate` takes one release id: `translate <year>/<slug> --to <tag>`');
  const { year, slug } = parseReleaseId(positionals[0]);
  const room = loadPressRoom(
    contentDir(io, typeof options.content === 'string' ? options.content : undefined),
  );
  const to = languageOption('to', options.to, room.site?.languages);
  const release = room.releaseById.get(`${year}/${slug}`);
  if (!release || release.versions.length === 0)
    throw new CommandError(
      `no release \`${year}/${slug}\` in ${relative(io.cwd, room.root) || '.'}/releases`,
    );
  return options.done === true ? markDone(io, release, to) : scaffold(io, release, to, options.from);
}

function scaffold(io: Io, release: Release, to: string, from: string | boolean | undefined): number {
  const sourceLang = from === undefined ? release.original?.lang : languageOption('from', from, undefined);
  const source = release.versions.find((v) => v.lang === sourceLang);
  if (!source) {
    const available = release.versions.map((v) => v.lang).join(', ');
    throw new CommandError(
      sourceLang
        ? `\`${release.id}\` has no \`${sourceLang}\` version to translate from (it has ${available})`
        : `\`${release.id}\` has no original to translate from: fix it with \`communique check\``,
    );
  }
  if (source.lang === to) throw new UsageError(`--to \`${to}\` is the language of the source itself`);
  const file = join(release.dir, `${to}.md`);
  writeNewFile(file, scaffoldTranslation(source));
  io.stdout(
    `Created ${relative(io.cwd, file)} from ${source.lang}.md: translate the title, summary, city, media text, change notes and body.\n`,
  );
  return 0;
}

function markDone(io: Io, release: Release, to: string): number {
  const version = release.versions.find((v) => v.lang === to);
  if (!version)
    throw new CommandError(
      `\`${release.id}\` has no \`${to}\` version yet: create it with \`communique translate ${release.id} --to ${to}\``,
    );
  if (version.source === undefined)
    throw new CommandError(
      `\`${to}.md\` is the original of \`${release.id}\`: only translations record a source`,
    );
  const source = release.versions.find((v) => v.lang === version.source);
  if (!source)
    throw new CommandError(`\`${to}.md\` names \`source: ${version.source}\`, which does not exist`);
  const result = recordSourceHash(version.file, textFingerprint(source));
  io.stdout(
    result === 'updated'
      ? `Recorded ${relative(io.cwd, version.file)} as up to date with ${source.lang}.md\n`
      : `${relative(io.cwd, version.file)} was already up to date with ${source.lang}.md\n`,
  );
  return 0;
}
