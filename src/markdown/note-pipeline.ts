import { unified, type RehypePlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { remarkPlugins } from './pipeline.ts';
import { rehypeNoteText } from './rehype-note-text.ts';
import { rehypeStripForbidden } from './rehype-strip-forbidden.ts';
import { rehypeTableAlign } from './rehype-table-align.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/**
 * The rehype half of the pipeline of a correction's or update's text: the body's steps that
 * make untrusted Markdown safe, in the body's order, and none of those that give it ids and
 * "#" links. A note is printed inside the page's own markup, twice on an article page when it
 * is the latest correction (the notice and the log), so it may hold no id at all: without the
 * body's mark for its own footnote ids, the sanitiser drops every id.
 */
const noteRehypePlugins: RehypePlugins = [
  // Raw HTML parsed into elements first, so the checks and the sanitiser see every tag.
  rehypeRaw,
  // Headings, footnotes and pictures have no place in a note: listed for the caller to refuse.
  rehypeNoteText,
  // The body's sanitiser with the body's schema: notes are as untrusted as bodies.
  [rehypeSanitize, sanitizeSchema],
  // Characters XML and HTML forbid, spelled as references in raw HTML: notes go into feeds too.
  rehypeStripForbidden,
  // GFM tables' alignment as classes, as in the body (a note may hold a small table).
  rehypeTableAlign,
];

/**
 * The processor of corrections' and updates' text, with the body's Markdown (GFM from
 * `remarkPlugins`, smart quotes off) and `noteRehypePlugins`.
 */
export const noteMarkdownProcessor = unified({ gfm: false, smartypants: false, remarkPlugins: [...remarkPlugins], rehypePlugins: [...noteRehypePlugins] });
