import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Makes a body `# heading` an `h2`: the headline is the page's only `h1`, and body
 * headings start at `##` (content format), whatever the editor typed.
 */
export function rehypeBodyHeadings() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
    });
  };
}
