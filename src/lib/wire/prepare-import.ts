import { headlineSlug } from '../editor/headline-slug.ts';
import { newArticleErrors } from '../editor/new-article-errors.ts';
import { renderArticleFile } from '../editor/render-article-file.ts';
import type { SiteConfig } from '../site-config.ts';
import { decodeWireText } from './decode-wire-text.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { parseWireCopy } from './parse-wire-copy.ts';
import { readDateline } from './read-dateline.ts';
import { suggestTags } from './suggest-tags.ts';

/** What an import needs besides the copy: the article's date and section, and the site. */
export interface ImportSettings {
  /** ISO 8601, already checked. */
  readonly date: string;
  readonly section: string;
  readonly site: SiteConfig;
  /** The wire file's name: the slug's fallback when the headline has no Latin letters. */
  readonly fileName: string;
}

/** An article made from wire copy, ready to be written; or why the copy was refused. */
export type PreparedImport = { ok: true; slug: string; text: string; tags: readonly string[] } | { ok: false; message: string };

/** Written after the suggested tags, so editors know they are a machine's guess. */
export const TAGS_NOTE = 'suggested from the text; edit freely';

/**
 * Turns one wire file's bytes into an article file: headline, standfirst, credit and body as
 * sent (escaped so Markdown shows them verbatim), the dateline the copy opens with (the site
 * prints it again at the start of the first paragraph), suggested tags, and the settings' date
 * and section. The result passes the build's own validation, or the copy is refused.
 */
export function prepareImport(bytes: Uint8Array, settings: ImportSettings): PreparedImport {
  const decoded = decodeWireText(bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseWireCopy(decoded.text);
  if (!parsed.ok) return parsed;
  const { story } = parsed;
  const slug = headlineSlug(story.headline) || headlineSlug(settings.fileName.replace(/\.[^.]*$/, ''));
  if (slug === '') return { ok: false, message: 'neither the headline nor the file name has Latin letters or digits to make a slug from: rename the file' };
  const tags = suggestTags(story);
  const [first = '', ...others] = story.paragraphs;
  const dateline = readDateline(first);
  const source = story.source ?? dateline?.agency;
  const text = renderArticleFile(
    {
      title: story.headline,
      date: settings.date,
      ...(dateline === undefined ? {} : { dateline: dateline.place }),
      description: story.standfirst,
      section: settings.section,
      tags,
      ...(source === undefined ? {} : { source }),
    },
    [dateline?.rest ?? first, ...others].map(escapeMarkdown),
    { tags: TAGS_NOTE },
  );
  const errors = newArticleErrors(`${slug}.md`, text, settings.site);
  if (errors.length > 0) return { ok: false, message: `would not be a valid article:\n${errors.map((line) => `  ${line}`).join('\n')}` };
  return { ok: true, slug, text, tags };
}
