import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  canonicalTag,
  type PressRoom,
  type Release,
  type ReleaseVersion,
  releaseGraph,
  textFingerprint,
} from '@communique/core';
import { loadContent } from '../content-dir.ts';
import { CommandError, type Io, UsageError } from '../io.ts';
import { recordSourceHash } from '../translate/record-done.ts';
import { scaffoldTranslation } from '../translate/scaffold.ts';
import { writeNewFile } from '../write-new-file.ts';
import { parseReleaseId } from './new.ts';

export type TranslateOptions = Readonly<Record<string, string | boolean | undefined>>;

/** A `--to`/`--from` value: a canonical BCP 47 tag that is one of the site's languages. */
function languageOption(name: string, value: string | boolean | undefined, room: PressRoom): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`\`translate\` needs --${name} <tag>`);
  const canonical = canonicalTag(value);
  if (canonical !== value)
    throw new UsageError(
      `--${name} \`${value}\` is not a canonical BCP 47 tag${canonical ? ` (did you mean \`${canonical}\`?)` : ''}`,
    );
  const languages = room.site?.languages;
  if (!languages)
    throw new CommandError(
      'there is no valid `site.yaml` to take the languages from: run `communique check`',
    );
  if (!languages.includes(value))
    throw new UsageError(
      `--${name} \`${value}\` is not one of the site's languages (${languages.join(', ')})`,
    );
  return value;
}

const shown = (io: Io, file: string) => relative(io.cwd, file) || file;

/** `communique translate <id> --to <tag> [--from <tag>] [--done]`. */
export function runTranslate(io: Io, positionals: string[], options: TranslateOptions): number {
  if (positionals.length !== 1)
    throw new UsageError('`translate` takes one release id: `translate <year>/<slug> --to <tag>`');
  if (options.done === true && options.from !== undefined)
    throw new UsageError(
      '--from cannot go with --done: the translation already names its `source`, and --done records that one',
    );
  const { year, slug } = parseReleaseId(positionals[0]);
  const room = loadContent(io, typeof options.content === 'string' ? options.content : undefined);
  const to = languageOption('to', options.to, room);
  const from = options.from === undefined ? undefined : languageOption('from', options.from, room);
  const release = room.releaseById.get(`${year}/${slug}`);
  if (!release || release.versions.length === 0)
    throw new CommandError(
      `there is no release \`${year}/${slug}\` in ${shown(io, join(room.root, 'releases'))}`,
    );
  return options.done === true ? markDone(io, release, to) : scaffold(io, release, to, from);
}

/** A note when `version` is not a sound source: its own translation is stale or unrecorded. */
function staleSourceNote(release: Release, version: ReleaseVersion): string | undefined {
  const node = releaseGraph(release).versions.find((v) => v.lang === version.lang);
  if (!node || node.state === 'original' || node.state === 'up-to-date') return undefined;
  const what =
    node.state === 'outdated'
      ? `is itself out of date with ${node.source}.md`
      : node.state === 'untracked'
        ? `records no \`sourceHash\`, so it may not match ${node.source}.md`
        : `still has the text of ${node.source}.md, untranslated`;
  return `note: ${version.lang}.md ${what}\n`;
}

function scaffold(io: Io, release: Release, to: string, from: string | undefined): number {
  const source = from === undefined ? release.original : release.versions.find((v) => v.lang === from);
  const available = release.versions.map((v) => `${v.lang}`).join(', ');
  if (!source)
    throw new CommandError(
      from === undefined
        ? `\`${release.id}\` has no single original to translate from (every version but one names a \`source\`): run \`communique check\``
        : `\`${release.id}\` has no \`${from}\` version to translate from (it has ${available})`,
    );
  if (source.lang === to) throw new UsageError(`--to \`${to}\` is the language of the source itself`);
  const file = join(release.dir, `${to}.md`);
  if (existsSync(file))
    throw new CommandError(
      `${shown(io, file)} already exists; nothing was overwritten. To record it up to date with its source, run \`communique translate ${release.id} --to ${to} --done\``,
    );
  writeNewFile(file, scaffoldTranslation(source, release.original));
  io.stdout(
    `Created ${shown(io, file)} from ${source.lang}.md. Translate the title, summary, city, media texts, change notes and body; keep every :fig[], :date[] and :::quote as it is.\n`,
  );
  const note = staleSourceNote(release, source);
  if (note) io.stderr(note);
  return 0;
}

function markDone(io: Io, release: Release, to: string): number {
  const version = release.versions.find((v) => v.lang === to);
  if (!version) {
    const file = join(release.dir, `${to}.md`);
    throw new CommandError(
      existsSync(file)
        ? `${shown(io, file)} cannot be read as a release version: run \`communique check\` to see why`
        : `\`${release.id}\` has no \`${to}\` version yet: start one with \`communique translate ${release.id} --to ${to}\``,
    );
  }
  if (version.source === undefined)
    throw new CommandError(
      `${to}.md is the original of \`${release.id}\`: only translations record a source`,
    );
  const source = release.versions.find((v) => v.lang === version.source && v !== version);
  if (!source)
    throw new CommandError(
      `${to}.md names \`source: ${version.source}\`, and \`${release.id}\` has no such version: fix \`source\` first`,
    );
  const result = recordSourceHash(version.file, readFileSync(version.file, 'utf8'), textFingerprint(source));
  io.stdout(
    result === 'updated'
      ? `Recorded ${shown(io, version.file)} as up to date with ${source.lang}.md (sourceHash "${textFingerprint(source)}").\n`
      : `${shown(io, version.file)} was already recorded as up to date with ${source.lang}.md; nothing changed.\n`,
  );
  const note = staleSourceNote(release, source);
  if (note) io.stderr(note);
  return 0;
}
