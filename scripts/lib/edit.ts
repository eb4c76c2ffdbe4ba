import { join } from 'node:path';

/** The original a benchmark edits: the generated room's first release, in English. */
export const editedRelease = (content: string) =>
  join(content, 'releases', '2010', 'release-000000', 'en.md');

/** The edit a press officer makes: one more sentence in the first paragraph of the body. */
export const appendSentence = (token: string) => (text: string) => {
  const bodyStart = text.indexOf('\n---\n') + 5;
  const paragraphEnd = text.indexOf('\n\n', bodyStart);
  return `${text.slice(0, paragraphEnd)} Edited ${token}.${text.slice(paragraphEnd)}`;
};
