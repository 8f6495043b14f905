import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const ALIGNMENTS = new Set(['left', 'center', 'right']);

/**
 * Turns the `align` attribute GFM writes on table cells (deprecated in HTML, and not
 * expressible as an inline style under our CSP) into a class the stylesheet aligns.
 */
export function rehypeTableAlign() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'td' && node.tagName !== 'th') return;
      const align = node.properties['align'];
      if (align === undefined) return;
      delete node.properties['align'];
      if (typeof align === 'string' && ALIGNMENTS.has(align)) node.properties['className'] = [`align-${align}`];
    });
  };
}
