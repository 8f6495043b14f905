/** The name of an XML document's root element, past its declaration, comments and doctype. */
export function xmlRootName(text: string): string | undefined {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  return /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\w.:-]*)/.exec(head)?.[1];
}
