import { describe, expect, it } from 'vitest';
import { checkFiles, ofRule } from '../helpers/check.ts';
import { baseRegistries, original } from '../helpers/room.ts';

const en = 'releases/2025/portal/en.md';
const fr = 'releases/2025/portal/fr.md';
const translation = (front: string, body = 'Corps.') =>
  `---\nsource: en\ntitle: Titre\nsummary: Résumé.\n${front}---\n${body}\n`;

/** One case: the files that break exactly one thing, and where the rule must point. */
interface Case {
  readonly name: string;
  readonly files: Record<string, string>;
  readonly expect: { rule: string; file: string; line: number; column: number; message?: RegExp };
}

const cases: Case[] = [
  {
    name: 'frontmatter-syntax: unparsable YAML',
    files: { [en]: '---\ntitle: [unclosed\nsummary: x\n---\nBody\n' },
    expect: { rule: 'frontmatter-syntax', file: en, line: 3, column: 1 },
  },
  {
    name: 'frontmatter-syntax: registry file',
    files: { 'people.yaml': 'walsh:\n  name: "Anna\n' },
    expect: { rule: 'frontmatter-syntax', file: 'people.yaml', line: 3, column: 1 },
  },
  {
    name: 'frontmatter-syntax: front matter never closed',
    files: { [en]: '---\ntitle: x\n' },
    expect: { rule: 'frontmatter-syntax', file: en, line: 1, column: 1, message: /never closed/ },
  },
  {
    name: 'schema: unknown key with the near name',
    files: { [en]: original('Body', 'sumary: typo\n') },
    expect: { rule: 'schema', file: en, line: 8, column: 1, message: /did you mean `summary`/ },
  },
  {
    name: 'schema: unknown key deep in media',
    files: {
      [en]: original('Body', 'media:\n  - { file: a.png, alt: A, credti: X }\n'),
      'releases/2025/portal/a.png': 'x',
    },
    expect: {
      rule: 'schema',
      file: en,
      line: 9,
      column: 28,
      message: /`media\.0\.credti`: did you mean `credit`/,
    },
  },
  {
    name: 'schema: wrong type',
    files: { [en]: original('Body', 'draft: maybe\n') },
    expect: { rule: 'schema', file: en, line: 8, column: 8, message: /`draft`: expected boolean/ },
  },
  {
    name: 'schema: missing field',
    files: {
      [en]: '---\nsummary: s\ndate: 2025-03-14T09:00:00+01:00\ndateline: { city: Geneva, country: CH }\norganisations: [iom]\ncontacts: [walsh]\n---\nBody\n',
    },
    expect: { rule: 'schema', file: en, line: 2, column: 1, message: /Missing required field `title`/ },
  },
  {
    name: 'schema: figure options Intl rejects',
    files: { [en]: original(':fig[money]', 'figures:\n  money: { value: 3, style: currency }\n') },
    expect: { rule: 'schema', file: en, line: 9, column: 10, message: /Intl\.NumberFormat/ },
  },
  {
    name: 'schema: figure written as quoted text',
    files: { [en]: original(':fig[members]', 'figures:\n  members: "54"\n') },
    expect: {
      rule: 'schema',
      file: en,
      line: 9,
      column: 12,
      message: /`figures\.members`: expected a number written without quotes \(`54`\)/,
    },
  },
  {
    name: 'schema: media text of the wrong type',
    files: {
      [en]: original('Body', 'media:\n  - { file: a.png, alt: [A] }\n'),
      'releases/2025/portal/a.png': 'x',
    },
    expect: { rule: 'schema', file: en, line: 9, column: 25, message: /`media\.0\.alt`: expected string/ },
  },
  {
    name: 'schema: a role given as a list instead of text',
    files: {
      'people.yaml': 'walsh:\n  name: Anna Walsh\n  role: [Media officer]\n  email: awalsh@iom.example.org\n',
      [en]: original('Body'),
    },
    expect: {
      rule: 'schema',
      file: 'people.yaml',
      line: 3,
      column: 9,
      message: /`walsh\.role`: expected text, or a map of language tags to text/,
    },
  },
  {
    name: 'release-path: uppercase slug folder',
    files: { 'releases/2025/Portal/en.md': original('Body') },
    expect: { rule: 'release-path', file: 'releases/2025/Portal', line: 1, column: 1 },
  },
  {
    name: 'lang-tag: non-canonical file name',
    files: { 'releases/2025/portal/EN.md': original('Body') },
    expect: {
      rule: 'lang-tag',
      file: 'releases/2025/portal/EN.md',
      line: 1,
      column: 1,
      message: /rename it `en\.md`/,
    },
  },
  {
    name: 'lang-tag: not a site language',
    files: { 'releases/2025/portal/de.md': original('Body') },
    expect: { rule: 'lang-tag', file: 'releases/2025/portal/de.md', line: 1, column: 1 },
  },
  {
    name: 'original: two originals',
    files: { [fr]: original('Corps') },
    expect: { rule: 'original', file: en, line: 1, column: 1 },
  },
  {
    name: 'original: none',
    files: {
      [en]: translation('', 'Body').replace('source: en', 'source: fr'),
      [fr]: translation('').replace('source: en', 'source: en'),
    },
    expect: { rule: 'original', file: en, line: 2, column: 1 },
  },
  {
    name: 'translation-source: names a missing version',
    files: { [fr]: translation('').replace('source: en', 'source: uk') },
    expect: {
      rule: 'translation-source',
      file: fr,
      line: 2,
      column: 9,
      message: /`source: uk` names no version/,
    },
  },
  {
    name: 'translation-source: names itself',
    files: { [fr]: translation('').replace('source: en', 'source: fr') },
    expect: { rule: 'translation-source', file: fr, line: 2, column: 9, message: /names itself/ },
  },
  {
    name: 'translation-missing: required language absent',
    files: {
      'site.yaml': baseRegistries['site.yaml']!.replace(
        'requiredLanguages: [en]',
        'requiredLanguages: [en, fr]',
      ),
    },
    expect: { rule: 'translation-missing', file: en, line: 1, column: 1, message: /no `fr` version/ },
  },
  {
    name: 'contact-unknown: contact id',
    files: { [en]: original('Body').replace('contacts: [walsh]', 'contacts: [walsch]') },
    expect: { rule: 'contact-unknown', file: en, line: 7, column: 12, message: /did you mean `walsh`/ },
  },
  {
    name: 'contact-unknown: organisation id',
    files: { [en]: original('Body').replace('organisations: [iom]', 'organisations: [iom, unodc]') },
    expect: { rule: 'contact-unknown', file: en, line: 6, column: 22, message: /organisation `unodc`/ },
  },
  {
    name: 'contact-unknown: quote speaker',
    files: { [en]: original('Intro.\n\n:::quote{by=nobody}\nWords.\n:::') },
    expect: { rule: 'contact-unknown', file: en, line: 11, column: 1, message: /speaker `nobody`/ },
  },
  {
    name: 'contact-unknown: an id that is only a property of every object',
    files: { [en]: original('Body').replace('contacts: [walsh]', 'contacts: [constructor]') },
    expect: { rule: 'contact-unknown', file: en, line: 7, column: 12, message: /contact `constructor`/ },
  },
  {
    name: 'contact-unknown: a quote speaker that is only a property of every object',
    files: { [en]: original('Intro.\n\n:::quote{by=toString}\nWords.\n:::') },
    expect: { rule: 'contact-unknown', file: en, line: 11, column: 1, message: /speaker `toString`/ },
  },
  {
    name: 'contact-unknown: a person’s organisation',
    files: {
      'people.yaml': baseRegistries['people.yaml']!.replace('organisation: iom', 'organisation: ion'),
    },
    expect: { rule: 'contact-unknown', file: 'people.yaml', line: 3, column: 17 },
  },
  {
    name: 'contact-missing: no contacts',
    files: { [en]: original('Body').replace('contacts: [walsh]\n', '') },
    expect: { rule: 'contact-missing', file: en, line: 1, column: 1 },
  },
  {
    name: 'contact-email: leftover markup',
    files: {
      'people.yaml': baseRegistries['people.yaml']!.replace(
        'email: awalsh@iom.example.org',
        `email: '"mailto:x@y.org">x@y.org'`,
      ),
    },
    expect: { rule: 'contact-email', file: 'people.yaml', line: 5, column: 10 },
  },
  {
    name: 'contact-phone: too short',
    files: { 'people.yaml': baseRegistries['people.yaml']!.replace('"+41 22 717 91 11"', '"+41 22 717"') },
    expect: { rule: 'contact-phone', file: 'people.yaml', line: 6, column: 10 },
  },
  {
    name: 'contact-phone: no country code',
    files: { 'people.yaml': baseRegistries['people.yaml']!.replace('"+41 22 717 91 11"', '"022 717 91 11"') },
    expect: { rule: 'contact-phone', file: 'people.yaml', line: 6, column: 10 },
  },
  {
    name: 'date-format: no offset',
    files: { [en]: original('Body').replace('date: 2025-03-14T09:00:00+01:00', 'date: 2025-03-14T09:00:00') },
    expect: { rule: 'date-format', file: en, line: 4, column: 7 },
  },
  {
    name: 'date-format: 31 April',
    files: { [en]: original('Body', 'embargo: 2025-04-31T09:00:00+01:00\n') },
    expect: { rule: 'date-format', file: en, line: 8, column: 10 },
  },
  {
    name: 'date-format: body date that does not exist',
    files: { [en]: original('Held on :date[2025-02-30].') },
    expect: { rule: 'date-format', file: en, line: 9, column: 9 },
  },
  {
    name: 'date-order: updated before date',
    files: {
      [en]: original(
        'Body',
        'updated: 2025-03-13T09:00:00+01:00\nchanges:\n  - { date: 2025-03-15T09:00:00+01:00, note: Fixed. }\n',
      ),
    },
    expect: { rule: 'date-order', file: en, line: 8, column: 10 },
  },
  {
    name: 'date-order: change before date',
    files: { [en]: original('Body', 'changes:\n  - { date: 2025-03-01T09:00:00+01:00, note: Fixed. }\n') },
    expect: { rule: 'date-order', file: en, line: 9, column: 13 },
  },
  {
    name: 'date-order: range ends before it starts',
    files: { [en]: original('From :date[2025-03-17/2025-03-14].') },
    expect: { rule: 'date-order', file: en, line: 9, column: 6 },
  },
  {
    name: 'figure-unknown',
    files: { [en]: original('We saw :fig[arests].', 'figures:\n  arrests: 12\n') },
    expect: { rule: 'figure-unknown', file: en, line: 11, column: 8, message: /did you mean `arrests`/ },
  },
  {
    name: 'figure-unused',
    files: { [en]: original('No figures here.', 'figures:\n  arrests: 12\n') },
    expect: { rule: 'figure-unused', file: en, line: 9, column: 3 },
  },
  {
    name: 'media-missing',
    files: { [en]: original('Body', 'media:\n  - { file: photo.jpg, alt: A photo }\n') },
    expect: { rule: 'media-missing', file: en, line: 9, column: 13 },
  },
  {
    name: 'media-alt: original without alt',
    files: {
      [en]: original('Body', 'media:\n  - { file: photo.jpg }\n'),
      'releases/2025/portal/photo.jpg': 'x',
    },
    expect: { rule: 'media-alt', file: en, line: 9, column: 5 },
  },
  {
    name: 'media-alt: translation without alt',
    files: {
      [en]: original('Body', 'media:\n  - { file: photo.jpg, alt: A photo }\n'),
      'releases/2025/portal/photo.jpg': 'x',
      [fr]: translation('media:\n  - { file: photo.jpg, caption: Légende }\n'),
    },
    expect: { rule: 'media-alt', file: fr, line: 6, column: 5 },
  },
  {
    name: 'link-broken: missing release',
    files: { [en]: original('See [this](../../2019/nothing/).') },
    expect: { rule: 'link-broken', file: en, line: 9, column: 5 },
  },
  {
    name: 'link-broken: path out of the room',
    files: { [en]: original('See [this](../../../../../etc/passwd).') },
    expect: { rule: 'link-broken', file: en, line: 9, column: 5, message: /outside the press room/ },
  },
  {
    name: 'link-broken: missing asset',
    files: { [en]: original('Read [the report](report.pdf).') },
    expect: { rule: 'link-broken', file: en, line: 9, column: 6 },
  },
  {
    name: 'html-unsafe: script',
    files: { [en]: original('Intro.\n\n<script>alert(1)</script>') },
    expect: { rule: 'html-unsafe', file: en, line: 11, column: 1, message: /`<script>`/ },
  },
  {
    name: 'html-unsafe: event handler',
    files: { [en]: original('Look <img src=x onerror=alert(1)> here.') },
    expect: { rule: 'html-unsafe', file: en, line: 9, column: 6, message: /event handler/ },
  },
  {
    name: 'html-unsafe: javascript link',
    files: { [en]: original('[click](javascript:alert(1))') },
    expect: { rule: 'html-unsafe', file: en, line: 9, column: 1 },
  },
  {
    name: 'registry-gap: role missing in a published language',
    files: {
      [en]: original('Body'),
      'releases/2025/portal/uk.md': translation('').replace('source: en', 'source: en'),
    },
    expect: {
      rule: 'registry-gap',
      file: 'people.yaml',
      line: 4,
      column: 9,
      message: /`walsh\.role` has no `uk` text/,
    },
  },
  {
    name: 'topic-unknown: a topic site.yaml does not list, with the near id',
    files: {
      'site.yaml': `${baseRegistries['site.yaml']}topics:\n  human-trafficking: { en: Trafficking in persons }\n`,
      [en]: original('Body', 'topics: [migration, human-trafficing]\n'),
    },
    expect: {
      rule: 'topic-unknown',
      file: en,
      line: 8,
      column: 21,
      message: /Unknown topic `human-trafficing`: did you mean `human-trafficking`\?/,
    },
  },
  {
    name: 'registry-gap: topic label missing in a published language',
    files: {
      'site.yaml': `${baseRegistries['site.yaml']}topics:\n  migration: { en: Migration }\n`,
      [en]: original('Body', 'topics: [migration]\n'),
      'releases/2025/portal/fr.md': translation(''),
    },
    expect: {
      rule: 'registry-gap',
      file: 'site.yaml',
      line: 6,
      column: 14,
      message: /`topics\.migration` has no `fr` text/,
    },
  },
];

describe('check rules fire at the right place', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const found = checkFiles({ ...baseRegistries, [en]: original('Body'), ...c.files });
    const matching = ofRule(found, c.expect.rule);
    expect(matching, JSON.stringify(found, null, 1)).toContainEqual(
      expect.objectContaining({ file: c.expect.file, line: c.expect.line, column: c.expect.column }),
    );
    if (c.expect.message) expect(matching.map((d) => d.message).join('\n')).toMatch(c.expect.message);
  });
});

describe('a clean room reports nothing', () => {
  it('passes every rule', () => {
    const found = checkFiles({
      ...baseRegistries,
      [en]: original(
        'We saw :fig[arrests] on :date[2025-03-01/2025-03-05] and [before](../../2024/earlier/) with [the report](report.pdf), [site](https://example.org), [top](#top).\n\n:::quote{by=walsh}\nTogether.\n:::\n\n<!-- a comment is fine -->',
        'figures:\n  arrests: 12\nmedia:\n  - { file: photo.jpg, alt: A photo, credit: IOM }\nupdated: 2025-03-15T09:00:00+01:00\nchanges:\n  - { date: 2025-03-15T09:00:00+01:00, note: Fixed. }\n',
      ),
      'releases/2025/portal/photo.jpg': 'x',
      'releases/2025/portal/report.pdf': 'x',
      [fr]: translation(
        'media:\n  - { file: photo.jpg, alt: Une photo }\nchanges:\n  - { note: Corrigé. }\n',
        'Nous avons vu :fig[arrests] le :date[2025-03-01/2025-03-05].\n\n:::quote{by=walsh}\nEnsemble.\n:::',
      ),
      'releases/2024/earlier/en.md': original('Earlier.'),
    });
    expect(found).toEqual([]);
  });

  it('accepts phones in any human format and plain emails', () => {
    for (const phone of [
      '+41 22 717 91 11',
      '+41-22-717-91-11',
      '+41 (0)22 717 91 11',
      '0041 22 717 91 11',
      '+380 44 568 50 15',
    ]) {
      const found = checkFiles({
        ...baseRegistries,
        'people.yaml': baseRegistries['people.yaml']!.replace('"+41 22 717 91 11"', `"${phone}"`),
        [en]: original('Body'),
      });
      expect(ofRule(found, 'contact-phone'), phone).toEqual([]);
    }
  });
});
