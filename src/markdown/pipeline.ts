import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import { rehypeMarkGeneratedIds } from './generated-ids.ts';
import { rehypeBodyHeadings } from './rehype-body-headings.ts';
import { rehypeBodyIds } from './rehype-body-ids.ts';
import { rehypeDateline } from './rehype-dateline.ts';
import { rehypeTableAlign } from './rehype-table-align.ts';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';
import { rehypeStripForbidden } from './rehype-strip-forbidden.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/**
 * The Markdown pipeline of every article, in order. Astro's `unified()` wraps it with
 * remark-parse, remark-rehype and rehype-stringify.
 */
export const remarkPlugins: RemarkPlugins = [
  // Tables, footnotes, strikethrough and autolinks, as the content format promises.
  remarkGfm,
];

/** The rehype half of the pipeline, in order; each step relies on the ones before it. */
export const rehypePlugins: RehypePlugins = [
  // The footnotes' ids, marked as ours while they still differ from raw HTML's, which the
  // sanitiser then drops whatever it is named.
  rehypeMarkGeneratedIds,
  // Raw HTML arrives as opaque strings; parse it into elements first so the sanitiser sees
  // every tag and attribute (Astro only parses it after all our plugins have run).
  rehypeRaw,
  // `# Heading` in a body must not compete with the headline; demoted before sanitising,
  // which allows no `h1` at all.
  rehypeBodyHeadings,
  // Untrusted content: drop scripts, handlers, dangerous URLs and author ids, before any
  // plugin adds markup of ours that the sanitiser would otherwise strip.
  [rehypeSanitize, sanitizeSchema],
  // What the sanitiser keeps may still hold a character HTML forbids, spelled as a
  // character reference in raw HTML; taken out before any id or feed is made from the text.
  rehypeStripForbidden,
  // Table alignment as classes: `align` is obsolete HTML and inline styles break our CSP.
  rehypeTableAlign,
  // Stable heading ids (rehype-slug's), after sanitising so they are not removed, so
  // sections can be shared; never one the page frame or a footnote uses.
  rehypeBodyIds,
  // Paragraph ids and "#" links, after sanitising (which strips ids and would strip our
  // links' labels) and after rehypeBodyIds, so paragraph ids never take a heading's.
  rehypeParagraphIds,
  // The dateline, ours and not the editor's markup, so added after sanitising; last, so a
  // paragraph's id and its shared link never change with the dateline.
  rehypeDateline,
];

/**
 * The article Markdown processor, shared by Astro's config and the content loader's
 * workers so both render exactly alike. GFM comes from `remarkPlugins`; smart quotes are
 * off so wire copy is published as sent.
 */
export const articleMarkdownProcessor = unified({ gfm: false, smartypants: false, remarkPlugins: [...remarkPlugins], rehypePlugins: [...rehypePlugins] });
