// The search pages' script (served as /scripts/search.js). Progressive enhancement: the form is a
// plain GET form; this runs the query of `?q=` and of the search box against the Pagefind index of
// the page's language (Pagefind picks it from <html lang>) and lists the matching releases.
// Everything from the index is inserted as text; only Pagefind's <mark> highlights become elements.

const root = document.getElementById('search');
const form = root?.querySelector('form');
const input = form?.querySelector('input[name="q"]');
const status = root?.querySelector('.search-status');
const list = root?.querySelector('.search-results');

if (root && form && input && status && list) {
  const strings = JSON.parse(root.dataset.strings ?? '{}');
  let pagefind;
  let latest = 0;

  const load = () => {
    pagefind ??= import(root.dataset.pagefind).then(async (module) => {
      await module.init();
      return module;
    });
    return pagefind;
  };

  const fill = (template, query) => String(template ?? '').replace('{query}', query);

  const excerpt = (html) => {
    const paragraph = document.createElement('p');
    paragraph.className = 'search-excerpt';
    const parsed = new DOMParser().parseFromString(html ?? '', 'text/html');
    for (const node of parsed.body.childNodes) {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        paragraph.append(mark);
      } else {
        paragraph.append(node.textContent ?? '');
      }
    }
    return paragraph;
  };

  const item = (result) => {
    const entry = document.createElement('li');
    entry.className = 'search-result';
    const heading = document.createElement('h2');
    heading.className = 'search-result-title';
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta?.title ?? result.url;
    heading.append(link);
    entry.append(heading);
    if (result.meta?.date) {
      const date = document.createElement('p');
      date.className = 'search-result-date';
      date.textContent = result.meta.date;
      entry.append(date);
    }
    entry.append(excerpt(result.excerpt));
    return entry;
  };

  const run = async (raw) => {
    const query = raw.trim();
    const run = ++latest;
    if (query === '') {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = strings.searching ?? '';
    try {
      const module = await load();
      const search = await module.search(query);
      const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
      if (run !== latest) return;
      list.replaceChildren(...results.map(item));
      status.textContent = fill(results.length > 0 ? strings.results : strings.none, query);
    } catch {
      if (run !== latest) return;
      list.replaceChildren();
      status.textContent = strings.failed ?? '';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    run(input.value);
  });

  let typing;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => run(input.value), 250);
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run(initial);
  }
}
