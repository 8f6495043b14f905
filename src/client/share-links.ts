import { mastodonShareUrl } from '../lib/share/mastodon.ts';

/**
 * Adds what the share controls can do with a browser's help: the system share sheet where
 * there is one, copying the link (with a spoken confirmation), and asking for the reader's
 * Mastodon server in place. Without this script every link still works.
 */
export function bindShareControls(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
    const url = box.dataset['shareUrl'] ?? location.href;
    const title = document.querySelector('h1')?.textContent?.trim() ?? document.title;
    const status = box.querySelector<HTMLElement>('[data-share-status]');
    const say = (message: string) => {
      if (status) status.textContent = message;
    };
    const reveal = (selector: string, action: () => void) => {
      const button = box.querySelector<HTMLButtonElement>(selector);
      const item = button?.closest<HTMLElement>('[hidden]');
      if (!button || !item) return;
      item.hidden = false;
      button.addEventListener('click', action);
    };
    if (typeof navigator.share === 'function') {
      // A dismissed share sheet rejects; that is the reader's choice, not an error.
      reveal('[data-share-native]', () => void navigator.share({ title, url }).catch(() => undefined));
    }
    if (navigator.clipboard) {
      reveal('[data-share-copy]', () => {
        say('');
        navigator.clipboard.writeText(url).then(
          () => say('Link copied'),
          () => say('Could not copy the link'),
        );
      });
    }
    box.querySelector('.share-mastodon')?.addEventListener('click', (event) => {
      event.preventDefault();
      const server = prompt('Your Mastodon server, such as mastodon.social');
      if (server === null) return;
      const target = mastodonShareUrl(server, `${title} ${url}`);
      if (target) location.assign(target);
      else say('That is not a server name: type one such as mastodon.social');
    });
  }
}
