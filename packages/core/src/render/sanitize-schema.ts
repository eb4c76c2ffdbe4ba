import type { Options } from 'rehype-sanitize';

/**
 * The only HTML a release body may publish: what the Markdown renderer and the directives
 * produce. No scripts, styles, forms, frames, media players, ids, classes (but the quote's) or
 * event handlers; `href` only http(s), mailto, tel or relative; `src` only http(s) or relative.
 * Raw HTML never reaches this point (remark-rehype drops it); this is the second wall.
 */
export const sanitizeSchema: Options = {
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'object', 'embed'],
  tagNames: [
    'p',
    'a',
    'em',
    'strong',
    'ul',
    'ol',
    'li',
    'blockquote',
    'figure',
    'figcaption',
    'data',
    'time',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'code',
    'pre',
    'br',
    'hr',
    'img',
    'bdi',
    'span',
    'abbr',
  ],
  attributes: {
    a: ['href', 'hrefLang', 'lang', ['rel', 'noopener']],
    data: ['value'],
    time: ['dateTime'],
    img: ['src', 'alt'],
    span: ['lang', ['dir', 'ltr', 'rtl']],
    bdi: ['lang', ['dir', 'ltr', 'rtl']],
    figure: [['className', 'quote']],
    abbr: ['title'],
    ol: ['start'],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
  required: {},
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
  ancestors: {
    li: ['ol', 'ul'],
    tbody: ['table'],
    thead: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
  },
};
