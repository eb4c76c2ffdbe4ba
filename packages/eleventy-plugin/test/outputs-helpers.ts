import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPressRoom } from '@communique/core';
import { type PublishedSite, publishSite } from '../src/index.ts';
import { copyOfFixture, fixtureRoom, now } from './helpers.ts';

export function publishFixture(content: string = fixtureRoom, preview = false): PublishedSite {
  return publishSite(loadPressRoom(content), { now, preview, baseUrl: undefined });
}

/** Text that breaks XML, HTML, script elements and vCards when written without care. */
export const hostileTitle = 'Workshop ]]> </script><!-- & "quoted" ]]> <b>end</b>';
export const hostileName = 'Zoë; Martin-Ünal, \\ Jr';
export const hostileTopic = 'Migration & "mobility" <b>]]></b>';
export const hostileRole = 'Porte-parole, chargée; des relations\navec la presse — Genève, Suisse';

/** A copy of the fixture room whose English border workshop and Claire Martin carry `hostile*`. */
export function hostileRoom(): string {
  const dir = copyOfFixture();
  const release = join(dir, 'releases', '2023', 'border-workshop', 'en.md');
  writeFileSync(
    release,
    readFileSync(release, 'utf8')
      .replace('title: Border management workshop in Geneva', `title: ${JSON.stringify(hostileTitle)}`)
      .replace('summary: Officials', 'summary: <i>Officials</i> ]]>')
      .replace('take part in the workshop', 'take part ]]> in the ]]> workshop'),
  );
  const people = join(dir, 'people.yaml');
  writeFileSync(
    people,
    readFileSync(people, 'utf8')
      .replace('name: Claire Martin', `name: ${JSON.stringify(hostileName)}`)
      .replace(
        'role: { en: Spokesperson, fr: Porte-parole }',
        `role: { en: Spokesperson, fr: ${JSON.stringify(hostileRole)} }`,
      ),
  );
  const site = join(dir, 'site.yaml');
  writeFileSync(
    site,
    `${readFileSync(site, 'utf8')}topics:\n  migration: { en: ${JSON.stringify(hostileTopic)}, fr: Migrations }\n`,
  );
  return dir;
}
