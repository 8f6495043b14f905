import { XMLValidator } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
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
  const lint = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: schema === undefined ? [] : [{ fileName: 'schema.xsd', contents: schema.main }],
    preload: [...(schema?.preload ?? [])],
  });
  if (!lint.valid) problems.push(...lint.errors.map((e) => `xmllint: ${e.rawMessage}`));
  return problems;
}
