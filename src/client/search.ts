/** One result as Pagefind returns it, with only what the page shows. */
interface SearchResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; date?: string };
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<SearchResultData> }[] }>;
}

const PAGE_SIZE = 20;

/** Copies Pagefind's excerpt into `target` keeping only text and `<mark>`: nothing else can run. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  for (const node of parsed.body.firstChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(document.createTextNode(node.textContent ?? ''));
    }
  }
}

/** Runs the search page: reads `?q=`, queries the offline Pagefind index and lists results. */
export async function runSearchPage(): Promise<void> {
  // The "needs JavaScript" note is in <noscript>: nothing to hide here, so nothing moves.
  const summary = document.querySelector<HTMLElement>('[data-search-summary]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const indexes =
    document
      .querySelector<HTMLElement>('[data-search-indexes]')
      ?.dataset['searchIndexes']?.split(' ')
      .filter((path) => path !== '') ?? [];
  if (!summary || !list || !input) return;
  const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (query === '') {
    summary.textContent = 'Type words to find in headlines, standfirsts and stories.';
    return;
  }
  summary.textContent = 'Searching…';
  try {
    const [first, ...others] = indexes;
    if (first === undefined) throw new Error('this build made no search index');
    const pagefind = (await import(/* @vite-ignore */ `${window.location.origin}${first}pagefind.js`)) as Pagefind;
    await pagefind.options({ ranking: { termFrequency: 0.8 } });
    // The other parts of the index: Pagefind searches them all and ranks the results together.
    await Promise.all(others.map((path) => pagefind.mergeIndex(`${window.location.origin}${path}`, { ranking: { termFrequency: 0.8 } })));
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    summary.textContent =
      search.results.length === 0
        ? `No stories match “${query}”.`
        : `${search.results.length} ${search.results.length === 1 ? 'story matches' : 'stories match'} “${query}”${search.results.length > PAGE_SIZE ? `; the best ${PAGE_SIZE} are shown` : ''}.`;
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const heading = document.createElement('h2');
        heading.className = 'search-result-headline';
        heading.append(link);
        const excerpt = document.createElement('p');
        appendExcerpt(excerpt, result.excerpt);
        item.append(heading, excerpt);
        if (result.meta.date) {
          const date = document.createElement('p');
          date.className = 'search-result-date';
          date.textContent = result.meta.date;
          item.append(date);
        }
        return item;
      }),
    );
  } catch {
    summary.textContent = 'Search is not available here: the search index was not found.';
  }
}
