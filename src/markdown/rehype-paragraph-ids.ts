import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { paragraphIds } from '../lib/paragraph-ids.ts';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Deep links into an article: every top-level paragraph gets an id derived from its own
 * text (see `paragraphIds`), and every paragraph and heading with an id gets a "#" link to
 * itself. The link has no text of its own (CSS draws the "#"), so the paragraph's text is
 * unchanged for readers, feeds and tests; its `aria-label` says what it is.
 */
export function rehypeParagraphIds() {
  return (tree: Root) => {
    const taken = new Set<string>();
    visit(tree, 'element', (node) => {
      if (typeof node.properties['id'] === 'string') taken.add(node.properties['id']);
    });
    const paragraphs = tree.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'p');
    const ids = paragraphIds(
      paragraphs.map((p) => toString(p)),
      taken,
    );
    paragraphs.forEach((p, i) => {
      const id = ids[i] ?? '';
      p.properties['id'] = id;
      p.children.push(anchor(id, 'Link to this paragraph'));
    });
    for (const node of tree.children) {
      if (node.type === 'element' && HEADINGS.has(node.tagName) && typeof node.properties['id'] === 'string') {
        node.children.push(anchor(node.properties['id'], 'Link to this section'));
      }
    }
  };
}

function anchor(id: string, label: string): Element {
  return { type: 'element', tagName: 'a', properties: { className: ['anchor'], href: `#${id}`, ariaLabel: label }, children: [] };
}
