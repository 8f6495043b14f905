import { escapeHtml } from '../escape-html.ts';
import type { HeadTag } from './head-tags.ts';

const ATTRIBUTE_NAME = /^[a-z][a-z0-9:_-]*$/i;


/**
 * The head tags as HTML. Written here rather than by Astro, which leaves `<` unescaped in
 * attribute values: harmless to browsers, but a headline like `<script>` would then appear
 * verbatim in the page for every scraper and naive check to trip over.
 */
export function renderHeadTags(tags: readonly HeadTag[]): string {
  return tags
    .map((t) => {
      if (t.tag === 'title') return `<title>${escapeHtml(t.content)}</title>`;
      // Already serialised by serializeJsonLd, which leaves no `<` in it.
      if (t.tag === 'script') return `<script type="${t.type}">${t.json}</script>`;
      const attributes = Object.entries(t.attributes).map(([name, value]) => {
        if (!ATTRIBUTE_NAME.test(name)) throw new Error(`"${name}" is not an attribute name`);
        return ` ${name}="${escapeHtml(value)}"`;
      });
      return `<${t.tag}${attributes.join('')}>`;
    })
    .join('\n');
}
