/**
 * `/favicon.svg`: the site's icon (a press-release sheet on the accent colour). Pages link it, so
 * browsers do not ask for a `/favicon.ico` that does not exist (a 404 and a console error on every site).
 */
export const data = { permalink: '/favicon.svg', eleventyExcludeFromCollections: true };

export default function render(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<rect width="32" height="32" rx="6" fill="#0a4f8f"/>
<rect x="8" y="6" width="16" height="20" rx="1.5" fill="#ffffff"/>
<path d="M11 11h10M11 15h10M11 19h6" stroke="#0a4f8f" stroke-width="2" stroke-linecap="round"/>
</svg>
`;
}
