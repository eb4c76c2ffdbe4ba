/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)

import type { ReleaseFile } from '@communique/eleventy-plugin';
import { About } from '../components/about.tsx';
import { Contacts } from '../components/contacts.tsx';
import { renderDocument } from '../components/document.tsx';
import { KeyFigures } from '../components/key-figures.tsx';
import { Media } from '../components/media.tsx';
import { Notices } from '../components/notices.tsx';
import { ReleaseHeader } from '../components/release-header.tsx';
import { ReleaseTopics } from '../components/release-topics.tsx';
import { ReleaseDataLink, StructuredData } from '../components/structured-data.tsx';
import type { ReleaseData } from '../lib/data.ts';
import { pageText } from '../lib/ui.ts';

/** One page per published release version, at its URL (`/fr/2018/portail-belize/`). */
export const releasePage: ReleaseFile = {
  url: (release) => release.url,
  render: renderReleasePage,
};

function renderReleasePage({ communique, release }: ReleaseData): string {
  const text = pageText(release.lang);
  const language = communique.language(release.lang);
  return renderDocument({
    text,
    dir: release.dir,
    title: language ? `${release.title} | ${language.title.text}` : release.title,
    description: release.summary,
    canonical: release.absoluteUrl,
    alternates: release.alternates,
    siteTitle: language?.title ?? { text: '', lang: release.lang, dir: release.dir },
    home: language?.url ?? '/',
    languages: { label: text.t('releaseLanguages'), links: release.languages, current: release.lang },
    preview: release.preview,
    noindex: communique.preview,
    head: <StructuredData site={communique} release={release} text={text} />,
    children: (
      <article class="release" data-pagefind-body>
        <ReleaseHeader release={release} text={text} />
        <Notices release={release} text={text} />
        <KeyFigures figures={release.figures} text={text} />
        <div
          class="release-body"
          // The core renders the body to sanitized HTML: the only unescaped content of the page.
          dangerouslySetInnerHTML={{ __html: release.body }}
        />
        <Media media={release.media} text={text} />
        <Contacts contacts={release.contacts} text={text} />
        <About organisations={release.organisations} text={text} />
        <ReleaseDataLink release={release} text={text} />
        <ReleaseTopics communique={communique} release={release} text={text} />
      </article>
    ),
  });
}
