import { XMLValidator } from 'fast-xml-parser';
import { runXmllint } from '../../src/build/validate/xml-well-formed.ts';
import { findForbiddenCharacters } from '../../src/lib/text/xml-characters.ts';

/**
 * Why `xml` is not a well-formed XML 1.0 document, as libxml2 (xmllint) and fast-xml-parser
 * read it, plus any character XML forbids (fast-xml-parser lets those through); empty when
 * it is well-formed. With `schema`, also why it is not valid against that XSD.
 */
export async function xmlProblems(xml: string, schema?: { readonly main: string; readonly preload?: readonly { fileName: string; contents: string }[] }): Promise<string[]> {
  const problems: string[] = findForbiddenCharacters(xml).map((c) => `line ${c.line}: forbidden character ${c.codePoint}`);
  // Deprecated in favour of a package not installed here; still what many feed tools run.
  const fast = XMLValidator.validate(xml);
  if (fast !== true) problems.push(`fast-xml-parser: ${fast.err.msg} (line ${fast.err.line})`);
  // libxml2 as `npm run validate` runs it (src/build/validate/), one wrapper for both.
  const lint = await runXmllint([{ path: 'document.xml', bytes: new TextEncoder().encode(xml) }], schema === undefined ? undefined : { main: schema.main, preload: schema.preload ?? [] });
  problems.push(...lint.map((e) => `xmllint: line ${e.line ?? '?'}: ${e.message}`));
  return problems;
}
