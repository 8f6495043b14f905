import { wellFormed } from '../text/well-formed.ts';

/**
 * The share page of a Mastodon server, from what a reader typed as their server
 * (`mastodon.social`, `https://mastodon.social/`, `@me@mastodon.social`); undefined when
 * that is no host name.
 */
export function mastodonShareUrl(server: string, text: string): string | undefined {
  const host = server
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^@?[^@/]+@/, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/.test(host)) return undefined;
  // Well-formed first: encodeURIComponent throws on a lone surrogate.
  return `https://${host}/share?text=${encodeURIComponent(wellFormed(text))}`;
}
