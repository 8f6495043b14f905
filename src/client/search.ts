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
const RANKING = { ranking: { termFrequency: 0.8 } };

/** One step of the search, as the page lists them: its parts' folders, how many articles and which years they hold. */
interface SearchStep {
  paths: string[];
  articles: number;
  newestYear: number;
  oldestYear: number;
}

/** The steps from the form's `data-search-steps` (newest first), or none when the page has none. */
function readSteps(form: HTMLElement | null): SearchStep[] {
  try {
    const steps = JSON.parse(form?.dataset['searchSteps'] ?? '[]') as unknown;
    return Array.isArray(steps) ? (steps as SearchStep[]).filter((step) => Array.isArray(step.paths) && step.paths.length > 0) : [];
  } catch {
    return [];
  }
}

function years(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

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

/** Runs the search page: reads `?q=`, queries the offline Pagefind index, newest stories first, and lists results. */
export async function runSearchPage(): Promise<void> {
  // The "needs JavaScript" note is in <noscript>: nothing to hide here, so nothing moves.
  const summary = document.querySelector<HTMLElement>('[data-search-summary]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const older = document.querySelector<HTMLButtonElement>('[data-search-older]');
  const steps = readSteps(document.querySelector<HTMLElement>('[data-search-steps]'));
  if (!summary || !list || !input || !older) return;
  const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (query === '') {
    summary.textContent = 'Type words to find in headlines, standfirsts and stories.';
    return;
  }
  summary.textContent = 'Searching…';
  try {
    const [first, ...later] = steps;
    const firstPath = first?.paths[0];
    if (first === undefined || firstPath === undefined) throw new Error('this build made no search index');
    const pagefind = (await import(/* @vite-ignore */ `${window.location.origin}${firstPath}pagefind.js`)) as Pagefind;
    await pagefind.options(RANKING);
    // An archive is searched newest first, a step at a time: a common word's entries grow
    // with every article searched, so the reader asks for older stories rather than
    // downloading the whole archive's at once. Pagefind ranks the merged parts together.
    let searched = 0;
    let oldestSearched = first.oldestYear;
    const searchStep = async (step: SearchStep, paths: readonly string[]): Promise<void> => {
      await Promise.all(paths.map((path) => pagefind.mergeIndex(`${window.location.origin}${path}`, RANKING)));
      searched += step.articles;
      oldestSearched = step.oldestYear;
      await showResults();
    };
    const showResults = async (): Promise<void> => {
      const search = await pagefind.search(query);
      const results = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
      const next = later[0];
      const scope = next === undefined ? '' : ` among the ${searched.toLocaleString('en')} newest stories (${years(oldestSearched, first.newestYear)})`;
      summary.textContent =
        search.results.length === 0
          ? `No stories match “${query}”${scope}.`
          : `${search.results.length.toLocaleString('en')} ${search.results.length === 1 ? 'story matches' : 'stories match'} “${query}”${scope}${search.results.length > PAGE_SIZE ? `; the best ${PAGE_SIZE} are shown` : ''}.`;
      list.replaceChildren(...results.map(resultItem));
      older.hidden = next === undefined;
      if (next !== undefined) older.textContent = `Search older stories too (${years(next.oldestYear, next.newestYear)})`;
    };
    older.addEventListener('click', () => {
      const next = later.shift();
      if (next === undefined) return;
      older.disabled = true;
      summary.textContent = 'Searching older stories…';
      void searchStep(next, next.paths)
        .catch(() => (summary.textContent = 'The older stories could not be searched: their index was not found.'))
        .finally(() => (older.disabled = false));
    });
    await searchStep(first, first.paths.slice(1));
  } catch {
    summary.textContent = 'Search is not available here: the search index was not found.';
  }
}

/** One result as a list item: headline link, excerpt, date. */
function resultItem(result: SearchResultData): HTMLLIElement {
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
}
