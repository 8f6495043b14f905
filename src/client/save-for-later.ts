import { SERVICE_WORKER_PATH } from '../lib/offline/service-worker-path.ts';
import { canSaveArticles, isSaved, removeArticle, saveArticle } from './saved-articles.ts';

// What a page loaded that the saved copy needs too; a script's own fetches are not the page's.
const NOT_FILES = new Set(['fetch', 'xmlhttprequest', 'beacon', 'navigation']);

/** The same-origin files this page loaded (stylesheets, scripts, pictures, fonts), by path. */
function pageFiles(): string[] {
  const paths = performance
    .getEntriesByType('resource')
    .filter((entry) => !NOT_FILES.has((entry as PerformanceResourceTiming).initiatorType))
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.search === '' && !url.pathname.endsWith('/') && url.pathname !== SERVICE_WORKER_PATH)
    .map((url) => url.pathname);
  return [...new Set(paths)];
}

/**
 * Shows the article's "Save for later" button where the browser can keep pages (service
 * workers and the Cache API) and makes it save or remove the article, its state in
 * aria-pressed and each change said in a live region. Without it, nothing is shown.
 */
export function bindSaveForLater(): void {
  const box = document.querySelector<HTMLElement>('[data-save]');
  const button = box?.querySelector<HTMLButtonElement>('[data-save-button]');
  const status = document.querySelector<HTMLElement>('[data-save-status]');
  if (!box || !button || !canSaveArticles()) return;
  const path = location.pathname;
  const time = document.querySelector<HTMLTimeElement>('.article-dates time');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  const show = (saved: boolean) => button.setAttribute('aria-pressed', String(saved));
  let busy = false;
  isSaved(path).then(
    (saved) => {
      show(saved);
      box.hidden = false;
      button.addEventListener('click', () => {
        if (busy) return;
        busy = true;
        const saving = button.getAttribute('aria-pressed') !== 'true';
        say(saving ? 'Saving…' : '');
        const change = saving
          ? saveArticle({
              path,
              headline: document.querySelector('#article-headline')?.textContent?.trim() || document.title,
              published: time ? { iso: time.dateTime, text: time.textContent?.trim() ?? '' } : undefined,
              files: pageFiles(),
            })
          : removeArticle(path);
        change
          .then(
            () => {
              show(saving);
              say(saving ? 'Saved: this article can be read offline from Saved articles.' : 'Removed from saved articles.');
            },
            () => say(saving ? 'Could not save this article.' : 'Could not remove this article.'),
          )
          .finally(() => {
            busy = false;
          });
      });
    },
    // Storage refused (a private window may): the button stays hidden.
    () => undefined,
  );
}
