import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * The key under the renderer's `frontmatter` where rehypeNoteText lists what a note may not
 * hold; the caller reads it back from the render's metadata and refuses the note.
 */
export const NOTE_REFUSALS_KEY = 'noteRefusals';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A correction or update is a sentence or two of text printed inside the page's own markup
 * (the notice, the log, the corrections page, feeds): a heading would break the page's
 * outline, a footnote's ids and links would clash where the same note is printed twice on
 * one page (the notice and the log), and a picture has no place in a notice. Each is listed
 * (`NOTE_REFUSALS_KEY`) rather than thrown, so the editor reads one plain message naming the
 * file and field instead of the Markdown library's stack. Runs after raw HTML is parsed, so
 * `<h2>` or `<img>` written as HTML is found too.
 */
export function rehypeNoteText() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const refused = new Set<string>();
    visit(tree, 'element', (node) => {
      if (node.properties['dataFootnoteRef'] !== undefined || node.properties['dataFootnotes'] !== undefined) {
        refused.add('a footnote');
        // The footnotes' own "Footnotes" heading is part of the footnote, not one more refusal.
        return SKIP;
      }
      if (HEADINGS.has(node.tagName)) refused.add('a heading');
      else if (node.tagName === 'img') refused.add('a picture');
      return undefined;
    });
    const frontmatter = file.data.astro?.frontmatter;
    if (refused.size > 0 && frontmatter !== undefined) frontmatter[NOTE_REFUSALS_KEY] = [...refused];
  };
}
