import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusText, generatorLanguages, type LanguageText } from './corpus-text.ts';
import { pick, seededRandom } from './random.ts';

export interface GenerateOptions {
  readonly releases: number;
  readonly languages: number;
  readonly seed?: number;
  /** Paragraphs per body (default 6). */
  readonly paragraphs?: number;
}

export interface GeneratedRoom {
  readonly releases: number;
  readonly languages: readonly string[];
  readonly files: number;
}

const organisations = ['iom', 'unodc', 'interpol', 'unicef', 'unhcr'];
const topics = ['human-trafficking', 'online-child-protection', 'migration', 'humanitarian-response'];

/** Writes a synthetic, valid press room of N releases × L languages; deterministic for a seed. */
export function generatePressRoom(dir: string, options: GenerateOptions): GeneratedRoom {
  if (options.languages < 1 || options.languages > generatorLanguages.length) {
    throw new RangeError(`--languages must be between 1 and ${generatorLanguages.length}`);
  }
  const languages = generatorLanguages.slice(0, options.languages);
  const random = seededRandom(options.seed ?? 20261123);
  mkdirSync(join(dir, 'releases'), { recursive: true });
  writeRegistries(dir, languages);
  let files = 3;
  for (let index = 0; index < options.releases; index++) {
    const year = String(2010 + (index % 16));
    const slug = `release-${String(index).padStart(6, '0')}`;
    const releaseDir = join(dir, 'releases', year, slug);
    mkdirSync(releaseDir, { recursive: true });
    const originalLang = index % 5 === 4 ? (languages[1] ?? languages[0]!) : languages[0]!;
    const plan = releasePlan(random, index, year, options.paragraphs ?? 6);
    for (const lang of languages) {
      const text = corpusText[lang]!;
      const isOriginal = lang === originalLang;
      writeFileSync(
        join(releaseDir, `${lang}.md`),
        versionFile(text, lang, plan, isOriginal ? undefined : originalLang),
      );
      files++;
    }
  }
  return { releases: options.releases, languages, files };
}

interface ReleasePlan {
  readonly date: string;
  readonly title: number;
  readonly paragraphs: readonly number[];
  readonly numbers: readonly number[];
  readonly organisation: string;
  readonly contact: string;
  readonly topic: string;
  readonly figures: { arrests: number; people: number; share: number; funding: number };
}

function releasePlan(random: () => number, index: number, year: string, paragraphs: number): ReleasePlan {
  const month = String(1 + (index % 12)).padStart(2, '0');
  const day = String(1 + (index % 28)).padStart(2, '0');
  return {
    date: `${year}-${month}-${day}T09:00:00+01:00`,
    title: Math.floor(random() * 3),
    paragraphs: Array.from({ length: paragraphs }, () => Math.floor(random() * 4)),
    numbers: Array.from({ length: paragraphs }, () => 3 + Math.floor(random() * 40)),
    organisation: pick(random, organisations),
    contact: `person-${Math.floor(random() * 20)}`,
    topic: pick(random, topics),
    figures: {
      arrests: 10 + Math.floor(random() * 500),
      people: 1000 + Math.floor(random() * 90000),
      share: Math.round(random() * 100) / 100,
      funding: 100000 * (1 + Math.floor(random() * 90)),
    },
  };
}

function versionFile(
  text: LanguageText,
  lang: string,
  plan: ReleasePlan,
  source: string | undefined,
): string {
  const title = `${text.titles[plan.title]} (${plan.date.slice(0, 10)})`;
  const front = source
    ? [
        `source: ${source}`,
        `title: "${title}"`,
        `summary: "${text.summaries[0]}"`,
        `dateline: { city: "${text.city}" }`,
      ]
    : [
        'type: press-release',
        `title: "${title}"`,
        `summary: "${text.summaries[0]}"`,
        `date: ${plan.date}`,
        `dateline: { city: "${text.city}", country: CH }`,
        `organisations: [${plan.organisation}]`,
        `contacts: [${plan.contact}]`,
        'figures:',
        `  arrests: ${plan.figures.arrests}`,
        `  people: ${plan.figures.people}`,
        `  share: { value: ${plan.figures.share}, style: percent }`,
        `  funding: { value: ${plan.figures.funding}, style: currency, currency: EUR }`,
        `topics: [${plan.topic}]`,
      ];
  const numberFormat = new Intl.NumberFormat(lang);
  const paragraphs = plan.paragraphs.map((choice, i) =>
    text.paragraphs[choice]!.replace('{n}', numberFormat.format(plan.numbers[i]!)),
  );
  // Every figure is used at least once, whatever paragraphs were drawn.
  paragraphs.push(
    text.paragraphs[0]!.replace('{n}', numberFormat.format(7)),
    text.paragraphs[1]!,
    text.paragraphs[2]!.replace('{n}', numberFormat.format(4)),
  );
  const quote = `:::quote{by=${plan.contact}}\n${text.quote}\n:::`;
  return `---\n${front.join('\n')}\n---\n${paragraphs.slice(0, 2).join('\n\n')}\n\n${quote}\n\n${paragraphs.slice(2).join('\n\n')}\n`;
}

function writeRegistries(dir: string, languages: readonly string[]): void {
  const title = languages.map((lang) => `${lang}: Synthetic Press Room`).join(', ');
  writeFileSync(
    join(dir, 'site.yaml'),
    `title: { ${title} }\nbaseUrl: https://press.example.org\nlanguages: [${languages.join(', ')}]\nrequiredLanguages: [${languages[0]}]\n`,
  );
  const people = Array.from({ length: 20 }, (_, i) => {
    const roles = languages
      .map((lang) => `${lang}: "${corpusText[lang]!.titles[0]!.split(' ')[0]} ${i}"`)
      .join(', ');
    const organisation = organisations[i % organisations.length];
    return `person-${i}:\n  name: Person Number${i}\n  organisation: ${organisation}\n  role: { ${roles} }\n  email: person${i}@press.example.org\n  phone: "+41 22 717 ${String(1000 + i).slice(0, 2)} ${String(10 + i).slice(-2)}"\n  languages: [${languages.slice(0, 2).join(', ')}]\n`;
  });
  writeFileSync(join(dir, 'people.yaml'), people.join(''));
  const orgs = organisations.map((id) => {
    const names = languages.map((lang) => `${lang}: ${id.toUpperCase()}`).join(', ');
    return `${id}:\n  name: { ${names} }\n  url: https://${id}.example.org\n  about: { ${names} }\n`;
  });
  writeFileSync(join(dir, 'organisations.yaml'), orgs.join(''));
}
