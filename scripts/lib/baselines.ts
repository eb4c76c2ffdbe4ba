import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Lays out a Hugo multilingual site over the same release files: page bundles
 * `content/releases/<year>/<slug>/index.<lang>.md`, one minimal layout, every language enabled.
 */
export function prepareHugoSite(contentDir: string, siteDir: string, languages: readonly string[]): void {
  const hugoLang = (lang: string) => lang.toLowerCase();
  const languageConfig = languages
    .map(
      (lang, weight) =>
        `[languages.${hugoLang(lang)}]\n  languageCode = "${lang}"\n  weight = ${weight + 1}\n  contentDir = "content"\n`,
    )
    .join('\n');
  mkdirSync(join(siteDir, 'layouts', '_default'), { recursive: true });
  writeFileSync(
    join(siteDir, 'hugo.toml'),
    `baseURL = "https://press.example.org/"\ndefaultContentLanguage = "${hugoLang(languages[0] ?? 'en')}"\ndefaultContentLanguageInSubdir = true\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n\n${languageConfig}`,
  );
  const layout =
    '<!doctype html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}</main></body></html>\n';
  writeFileSync(join(siteDir, 'layouts', '_default', 'single.html'), layout);
  writeFileSync(join(siteDir, 'layouts', '_default', 'list.html'), layout.replace('{{ .Content }}', ''));
  const releases = join(contentDir, 'releases');
  for (const year of readdirSync(releases)) {
    for (const slug of readdirSync(join(releases, year))) {
      const target = join(siteDir, 'content', 'releases', year, slug);
      mkdirSync(target, { recursive: true });
      for (const name of readdirSync(join(releases, year, slug))) {
        if (!name.endsWith('.md')) continue;
        const lang = name.slice(0, -3);
        writeFileSync(
          join(target, `index.${hugoLang(lang)}.md`),
          readFileSync(join(releases, year, slug, name)),
        );
      }
    }
  }
}

/**
 * Prepares plain Eleventy 3 over the room (default Markdown, one layout): writes the layout into
 * the room's `_includes/` (the communique loader ignores that folder) and returns the config path.
 */
export function prepareEleventySite(contentDir: string): string {
  const includes = join(contentDir, '_includes');
  mkdirSync(includes, { recursive: true });
  cpSync(
    new URL('../baselines/eleventy-plain/_includes/layout.njk', import.meta.url),
    join(includes, 'layout.njk'),
  );
  return new URL('../baselines/eleventy-plain/eleventy.config.mjs', import.meta.url).pathname;
}
