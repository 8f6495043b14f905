import { escapeHtml } from '../escape-html.ts';
import { balanceBidiControls } from '../text/bidi.ts';
import { stripForbiddenCharacters } from '../text/xml-characters.ts';
import type { HeadTag } from './head-tags.ts';

const ATTRIBUTE_NAME = /^[a-z][a-z0-9:_-]*$/i;

// What any text in the head is written as: without characters HTML forbids (a page with
// one is invalid, and scrapers may drop the tag), its bidi controls paired so none reaches
// past its own tag, and escaped.
function headText(text: string): string {
  return escapeHtml(balanceBidiControls(stripForbiddenCharacters(text)));
}

/**
 * The head tags as HTML. Written here rather than by Astro, which leaves `<` unescaped in
 * attribute values: harmless to browsers, but a headline like `<script>` would then appear
 * verbatim in the page for every scraper and naive check to trip over.
 */
export function renderHeadTags(tags: readonly HeadTag[]): string {
  return tags
    .map((t) => {
      if (t.tag === 'title') return `<title>${headText(t.content)}</title>`;
      // Already serialised by serializeJsonLd, which leaves no `<` in it.
      if (t.tag === 'script') return `<script type="${t.type}">${t.json}</script>`;
      const attributes = Object.entries(t.attributes).map(([name, value]) => {
        if (!ATTRIBUTE_NAME.test(name)) throw new Error(`"${name}" is not an attribute name`);
        return ` ${name}="${headText(value)}"`;
      });
      return `<${t.tag}${attributes.join('')}>`;
    })
    .join('\n');
}
