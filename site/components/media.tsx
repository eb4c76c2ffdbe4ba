/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import { type MediaItem, uiParts } from '@communique/eleventy-plugin';
import type { PageText } from '../lib/ui.ts';

/** Each image with its text alternative, caption and credit. */
export function Media({ media, text }: { readonly media: readonly MediaItem[]; readonly text: PageText }) {
  if (media.length === 0) return null;
  return (
    <div class="media">
      {media.map((item) => (
        <figure class="media-item">
          <img src={item.url} alt={item.alt} loading="lazy" decoding="async" />
          {item.caption || item.credit ? (
            <figcaption>
              {item.caption ? <span class="caption">{item.caption}</span> : null}
              {item.credit ? (
                <small class="credit" {...text.uiAttrs}>
                  {uiParts(text.lang, 'credit').map((part) =>
                    part.kind === 'text' ? part.text : <bdi>{item.credit}</bdi>,
                  )}
                </small>
              ) : null}
            </figcaption>
          ) : null}
        </figure>
      ))}
    </div>
  );
}
