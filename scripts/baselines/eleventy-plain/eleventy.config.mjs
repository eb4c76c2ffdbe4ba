// Plain Eleventy 3 over a press room's release files: its default Markdown (markdown-it) and one
// layout (`_includes/layout.njk` in the input folder), nothing else. The baseline that
// `communique build` is compared with in bench-build.
export default function (eleventyConfig) {
  eleventyConfig.addGlobalData('layout', 'layout.njk');
  eleventyConfig.setQuietMode(true);
  return { markdownTemplateEngine: false, templateFormats: ['md'] };
}
