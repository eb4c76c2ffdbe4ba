/** Plain text made safe as HTML text or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Root-relative `href` and `src` attributes of sanitized HTML made absolute, for copies read away
 * from the site (feed readers, newsroom systems). Only attributes inside start tags are touched:
 * the sanitizer escapes `<` in text and `"` in attribute values, so neither can imitate one.
 */
export function absoluteLinks(html: string, baseUrl: string): string {
  return html.replace(/<[a-zA-Z][^<>]*>/g, (tag) =>
    tag.replace(/(\s(?:href|src)=")\/(?!\/)/g, (_, attribute: string) => `${attribute}${baseUrl}/`),
  );
}
