/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// (JSX settings in the file: tsx reads no tsconfig when the build runs outside this repository.)
import type { PreviewFlag } from '@communique/eleventy-plugin';
import type { PageText } from '../lib/ui.ts';

/** Shown on drafts and embargoed releases in preview builds only. */
export function PreviewBanner({ flag, text }: { readonly flag: PreviewFlag; readonly text: PageText }) {
  const message =
    flag.state === 'draft' || !flag.publishesAt
      ? text.t('previewDraft')
      : text.t('previewEmbargoed', { date: flag.publishesAt.text });
  return (
    <div class="preview-banner" role="note" {...text.uiAttrs}>
      <strong>{message}</strong>
    </div>
  );
}
