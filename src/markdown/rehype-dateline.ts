import type { Element, Root } from 'hast';

/** The class the stylesheet sets datelines in (capitals, bold), as wire copy prints them. */
const DATELINE_CLASS = 'article-dateline';

// "SEOUL — The talks…": the house style of wire copy (AP's), a dash after the place.
const SEPARATOR = ' — ';

/**
 * Prints the article's dateline (`dateline` in its front matter, passed to the renderer as
 * the file's `frontmatter`) at the start of the body's first paragraph, where readers of
 * wire copy look for it. The place is isolated (`<bdi>`), so a name in another script
 * cannot reorder the sentence it opens. A body with no paragraph gets one holding it.
 */
export function rehypeDateline() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const dateline = file.data.astro?.frontmatter?.['dateline'];
    if (typeof dateline !== 'string' || dateline.trim() === '') return;
    const place: Element = { type: 'element', tagName: 'bdi', properties: { className: [DATELINE_CLASS] }, children: [{ type: 'text', value: dateline.trim() }] };
    const first = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'p');
    if (first) {
      first.children.unshift(place, { type: 'text', value: SEPARATOR });
      return;
    }
    tree.children.unshift({ type: 'element', tagName: 'p', properties: {}, children: [place] });
  };
}
