import { mastodonShareUrl } from '../lib/share/mastodon.ts';

/**
 * The Mastodon share page: sent here with `?server=…&text=…` by an article's form, it goes
 * on to that server's share page; otherwise it fills in what it was given and waits.
 */
export function runMastodonShare(): void {
  const form = document.querySelector<HTMLFormElement>('[data-mastodon-form]');
  if (!form) return;
  const query = new URLSearchParams(location.search);
  const server = query.get('server') ?? '';
  const text = query.get('text') ?? '';
  const target = mastodonShareUrl(server, text);
  if (target && text) {
    location.replace(target);
    return;
  }
  const fields = form.elements as HTMLFormControlsCollection & { server?: HTMLInputElement; text?: HTMLTextAreaElement };
  if (fields.server) fields.server.value = server;
  if (fields.text) fields.text.value = text;
  const status = document.querySelector<HTMLElement>('[data-mastodon-status]');
  if (server && !target && status) status.textContent = 'That is not a server name: type one such as mastodon.social.';
}
