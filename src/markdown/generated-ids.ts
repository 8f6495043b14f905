import { randomBytes } from 'node:crypto';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * What the pipeline's own ids (remark's footnotes: `user-content-fn-1`, `footnote-label`)
 * carry through the sanitiser, which drops every other id: raw HTML in an article cannot
 * forge it, since it is drawn afresh by each process and removed before the HTML leaves
 * the pipeline (`rehypeBodyIds`), so the output never depends on it.
 */
export const GENERATED_ID_MARK = `dispatch-${randomBytes(12).toString('hex')}-`;

/**
 * Marks the ids of the elements remark made, before raw HTML is parsed into the same tree
 * and the two can no longer be told apart: an author's `<span id="footnote-label">` must
 * not survive to take the place of the real one.
 */
export function rehypeMarkGeneratedIds() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (typeof id === 'string' && id !== '') node.properties['id'] = `${GENERATED_ID_MARK}${id}`;
    });
  };
}
