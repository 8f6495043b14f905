import { parseHTML } from 'linkedom';

/** Parses a built page into a DOM document, for asserting on what readers get. */
export function parsePage(html: string): Document {
  return parseHTML(html).document;
}

/** The text of an element with white space folded, as a reader sees it. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
