import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { hasForbiddenCharacters, stripForbiddenCharacters } from '../lib/text/xml-characters.ts';

/**
 * Drops the characters XML 1.0 and HTML forbid from a body's text and attribute values.
 * The loader strips them from the file, but raw HTML can still spell one as a character
 * reference (`&#x1;`, `&#xFFFE;`), which the HTML parser turns into the character itself;
 * written out, it would make the page invalid and the feeds that carry the body unreadable.
 */
export function rehypeStripForbidden() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'text' && hasForbiddenCharacters(node.value)) node.value = stripForbiddenCharacters(node.value);
      if (node.type !== 'element') return;
      for (const [name, value] of Object.entries(node.properties)) {
        if (typeof value === 'string' && hasForbiddenCharacters(value)) node.properties[name] = stripForbiddenCharacters(value);
        else if (Array.isArray(value)) node.properties[name] = value.map((v) => (typeof v === 'string' ? stripForbiddenCharacters(v) : v));
      }
    });
  };
}
