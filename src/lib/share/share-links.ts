import type { Article } from '../article.ts';
import type { SiteConfig } from '../site-config.ts';
import { wellFormed } from '../text/well-formed.ts';
import { absoluteUrl } from '../urls.ts';

/** One way to share an article: a plain link that works without JavaScript. */
export interface ShareLink {
  /** Stable key, also a class name: `email`, `x`, … */
  readonly id: string;
  /** What the link shows, e.g. "Facebook". */
  readonly label: string;
  /** What it says to assistive technology, e.g. "Share on Facebook". */
  readonly name: string;
  readonly href: string;
}

/** Everything the share controls of an article need. */
export interface ShareView {
  readonly url: string;
  readonly title: string;
  /** Headline and URL, as a post's text. */
  readonly text: string;
  readonly links: readonly ShareLink[];
}

// encodeURIComponent throws on a lone surrogate (half of an emoji or a rare kanji, cut
// apart); made well-formed first, no text of an article can stop its page being built.
const enc = (text: string) => encodeURIComponent(wellFormed(text));

/**
 * Share links for an article: email, X, Facebook, LinkedIn, WhatsApp and Bluesky, each the
 * service's documented share URL with the article's absolute URL, and Mastodon through a
 * page of ours. Nothing is loaded from those services until the reader follows a link.
 */
export function buildShareView(article: Article, site: SiteConfig): ShareView {
  const url = absoluteUrl(site.url, article.path);
  const text = `${article.title} ${url}`;
  return {
    url,
    title: article.title,
    text,
    links: [
      { id: 'email', label: 'Email', name: 'Share by email', href: `mailto:?subject=${enc(article.title)}&body=${enc(`${article.summary}\n\n${url}`)}` },
      { id: 'x', label: 'X', name: 'Share on X', href: `https://x.com/intent/post?text=${enc(article.title)}&url=${enc(url)}` },
      { id: 'facebook', label: 'Facebook', name: 'Share on Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}` },
      { id: 'linkedin', label: 'LinkedIn', name: 'Share on LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}` },
      { id: 'whatsapp', label: 'WhatsApp', name: 'Share on WhatsApp', href: `https://wa.me/?text=${enc(text)}` },
      { id: 'bluesky', label: 'Bluesky', name: 'Share on Bluesky', href: `https://bsky.app/intent/compose?text=${enc(text)}` },
      // Mastodon has no one server: our page asks for the reader's (with JavaScript, a prompt does).
      { id: 'mastodon', label: 'Mastodon', name: 'Share on Mastodon', href: `/share/mastodon/?text=${enc(text)}` },
    ],
  };
}
