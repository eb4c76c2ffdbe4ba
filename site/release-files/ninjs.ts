import { ninjsPath, ninjsText, type ReleaseFile } from '@communique/eleventy-plugin';

/** `/<lang>/<year>/<slug>/ninjs.json`: each release version as an IPTC ninjs 2.1 news item, beside its page. */
export const releaseNinjs: ReleaseFile = {
  url: (release) => ninjsPath(release.url),
  render: ({ communique, release }) => ninjsText(communique, release),
};
