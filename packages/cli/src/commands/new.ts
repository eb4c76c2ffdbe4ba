import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { canonicalTag, loadPressRoom, slugPattern } from '@communique/core';
import { contentDir } from '../content-dir.ts';
import { CommandError, type Io, UsageError } from '../io.ts';
import { writeNewFile } from '../write-new-file.ts';

export interface NewOptions {
  readonly content?: string | undefined;
  readonly lang?: string | undefined;
  readonly now?: Date;
}

/** Parses `<year>/<slug>`, the id of a release. */
export function parseReleaseId(id: string | undefined): { year: string; slug: string } {
  const match = id === undefined ? null : /^(\d{4})\/([^/]+)\/?$/.exec(id);
  if (!match)
    throw new UsageError(
      `expected a release id \`<year>/<slug>\`, e.g. \`2025/ukraine-winter-response\`${id ? `, not \`${id}\`` : ''}`,
    );
  const [, year, slug] = match as unknown as [string, string, string];
  if (!slugPattern.test(slug))
    throw new UsageError(`slug \`${slug}\` must use lowercase ASCII letters, digits and \`-\``);
  return { year, slug };
}

/** `communique new <year>/<slug> --lang <tag>`: scaffolds an original, as a draft, never overwriting. */
export function runNew(io: Io, id: string | undefined, options: NewOptions): number {
  const { year, slug } = parseReleaseId(id);
  const lang = options.lang;
  if (!lang) throw new UsageError('`new` needs --lang <tag>, the language of the original');
  if (canonicalTag(lang) !== lang)
    throw new UsageError(
      `\`${lang}\` is not a canonical BCP 47 tag${canonicalTag(lang) ? ` (did you mean \`${canonicalTag(lang)}\`?)` : ''}`,
    );
  const root = contentDir(io, options.content);
  const room = loadPressRoom(root);
  if (room.site && !room.site.languages.includes(lang)) {
    throw new UsageError(
      `\`${lang}\` is not one of the site's languages (${room.site.languages.join(', ')}) in site.yaml`,
    );
  }
  const dir = join(root, 'releases', year, slug);
  const file = join(dir, `${lang}.md`);
  const existing = room.releases.find((release) => release.id === `${year}/${slug}`);
  if (existing && existing.versions.length > 0) {
    throw new CommandError(
      `release \`${year}/${slug}\` already exists (${existing.versions.map((v) => `${v.lang}.md`).join(', ')}); add a language with \`communique translate ${year}/${slug} --to <tag>\``,
    );
  }
  mkdirSync(dir, { recursive: true });
  const organisation = Object.keys(room.organisations.entries)[0] ?? 'your-organisation';
  const contact = Object.keys(room.people.entries)[0] ?? 'your-press-contact';
  writeNewFile(file, scaffold(options.now ?? new Date(), year, organisation, contact));
  io.stdout(`Created ${relative(io.cwd, file)} (a draft: remove \`draft: true\` to publish)\n`);
  return 0;
}

function scaffold(now: Date, year: string, organisation: string, contact: string): string {
  const date = `${year}-${isoMonthDay(now)}T09:00:00+00:00`;
  return `---
type: press-release
title: Title of the release
summary: One-paragraph standfirst, in plain text.
date: ${date}
draft: true
dateline: { city: Geneva, country: CH }
organisations: [${organisation}]
contacts: [${contact}]
figures:
  people-reached: 1200
topics: []
---
First paragraph: who, what, where and when. Use figures with :fig[people-reached] and dates with
:date[${date.slice(0, 10)}].
`;
}

function isoMonthDay(now: Date): string {
  return now.toISOString().slice(5, 10);
}
