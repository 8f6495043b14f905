import { canSaveArticles, removeArticle, savedArticles, type SavedArticle } from './saved-articles.ts';

/** An element with text only: what the records say is never read as HTML. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

function timeElement(iso: string, text: string): HTMLTimeElement {
  const time = element('time', text);
  time.dateTime = iso;
  return time;
}

/**
 * Fills the Saved page from the saved cache: each article's headline (a link), its date, when
 * it was saved and a Remove button; says when there is nothing saved or the browser cannot
 * save. Built with DOM calls and textContent only, since the records are the browser's storage.
 */
export function showSavedArticles(): void {
  const list = document.querySelector<HTMLOListElement>('[data-saved-list]');
  const status = document.querySelector<HTMLElement>('[data-saved-status]');
  if (!list || !status) return;
  if (!canSaveArticles()) {
    status.textContent = 'This browser cannot keep articles for reading offline.';
    return;
  }
  // In the site's locale, as the pages print their dates.
  const whenSaved = new Intl.DateTimeFormat(list.dataset['locale'] || undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const empty = () => {
    if (list.children.length === 0) status.textContent = 'No saved articles. Press “Save for later” on an article to keep it here for reading offline.';
  };
  const item = (article: SavedArticle): HTMLLIElement => {
    const li = element('li', undefined, 'saved-item');
    const heading = element('h2', undefined, 'saved-headline');
    const link = element('a', article.headline);
    link.href = article.path;
    heading.append(link);
    const meta = element('p', undefined, 'saved-meta');
    if (article.published) meta.append('Published ', timeElement(article.published.iso, article.published.text), ' · ');
    meta.append('Saved ', timeElement(article.savedAt, whenSaved.format(new Date(article.savedAt))));
    const remove = element('button', 'Remove', 'saved-remove');
    remove.type = 'button';
    // Every button says which article it removes.
    remove.append(element('span', ` “${article.headline}”`, 'sr-only'));
    remove.addEventListener('click', () => {
      removeArticle(article.path).then(
        () => {
          const next = li.nextElementSibling ?? li.previousElementSibling;
          li.remove();
          status.textContent = `Removed “${article.headline}”.`;
          // Focus stays in the list, on the next article, or goes to the page's heading.
          (next?.querySelector('a') ?? document.querySelector<HTMLElement>('h1'))?.focus();
          empty();
        },
        () => {
          status.textContent = `Could not remove “${article.headline}”.`;
        },
      );
    });
    li.append(heading, meta, remove);
    return li;
  };
  savedArticles().then(
    (articles) => {
      list.replaceChildren(...articles.map(item));
      empty();
    },
    () => {
      status.textContent = 'The saved articles could not be read in this browser.';
    },
  );
}
