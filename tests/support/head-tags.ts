import type { HeadTag } from '../../src/lib/seo/head-tags.ts';

/** The contents of every `<meta>` with that property or name, in order. */
export function metaContent(tags: readonly HeadTag[], key: string): string[] {
  return tags.flatMap((t) => (t.tag === 'meta' && (t.attributes['property'] === key || t.attributes['name'] === key) ? [t.attributes['content'] ?? ''] : []));
}
