import type { Element, Root } from 'hast';
import rehypeSlug from 'rehype-slug';
import { visit } from 'unist-util-visit';
import { GENERATED_ID_MARK } from './generated-ids.ts';
import { PAGE_FRAME_ID_PATTERNS, PAGE_FRAME_IDS } from './page-frame-ids.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// A heading's "#" link is shared as `…/#id`: these would name the page's own elements.
// (Paragraph ids, `p-…`, need no place here: they are chosen after headings, around them.)
const RESERVED_PREFIXES = ['user-content-'];

/** True when `id` is one the page frame or the footnotes use or may use. */
export function isReservedBodyId(id: string): boolean {
  return PAGE_FRAME_IDS.has(id) || PAGE_FRAME_ID_PATTERNS.some((pattern) => pattern.test(id)) || id === 'footnote-label' || RESERVED_PREFIXES.some((prefix) => id.startsWith(prefix));
}

/**
 * The ids of a body, after sanitising: the pipeline's own (footnotes) lose their mark, then
 * headings get rehype-slug's ids (GitHub's, so links shared before stay as they were), and
 * a heading whose id the page frame, a footnote or a paragraph uses, or an earlier heading
 * took, gets the first free `-1`, `-2`… after it instead: "Main" is `main-1` (or `main-2`
 * when another heading already has `main-1`), "User content fn 1" `heading-user-content-fn-1`.
 * Only those ids change; every other stays.
 */
export function rehypeBodyIds() {
  const slug = rehypeSlug();
  return (tree: Root) => {
    const all = new Set<string>();
    const generated = new Set<Element>();
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (typeof id !== 'string') return;
      if (id.startsWith(GENERATED_ID_MARK)) {
        node.properties['id'] = id.slice(GENERATED_ID_MARK.length);
        all.add(node.properties['id']);
        generated.add(node);
      } else {
        // The sanitiser lets no other id through; one here is a bug, not content.
        throw new Error(`the body has an id "${id}" the pipeline did not make`);
      }
    });
    const fixed = new Set(all);
    slug(tree);
    const headings: Element[] = [];
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (HEADINGS.has(node.tagName) && typeof id === 'string' && !generated.has(node)) {
        headings.push(node);
        all.add(id);
      }
    });
    const claimed = new Set(fixed);
    for (const heading of headings) {
      const id = String(heading.properties['id']);
      if (!claimed.has(id) && !isReservedBodyId(id)) {
        claimed.add(id);
        continue;
      }
      // A suffix cannot free an id under a reserved prefix: those start over as `heading-…`.
      const base = RESERVED_PREFIXES.some((prefix) => id.startsWith(prefix)) ? `heading-${id}` : id;
      let candidate = base;
      for (let n = 1; candidate === id || all.has(candidate) || claimed.has(candidate) || isReservedBodyId(candidate); n++) candidate = `${base}-${n}`;
      heading.properties['id'] = candidate;
      claimed.add(candidate);
      all.add(candidate);
    }
  };
}
