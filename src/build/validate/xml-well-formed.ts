import { memoryPages, validateXML } from 'xmllint-wasm';
import { findForbiddenCharacters } from '../../lib/text/xml-characters.ts';

/** An XML file of the built site, as bytes (so an encoding error is seen as a parser sees it). */
export interface XmlFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** One reason an XML file is not what an XML parser accepts (or, with a schema, not valid against it). */
export interface XmlError {
  readonly path: string;
  readonly line?: number;
  readonly message: string;
}

// A big sitemap or a feed of whole articles outgrows xmllint's default 32 MB; it only takes what it needs.
const MAX_MEMORY = memoryPages.GiB;

/** Runs libxml2's xmllint (WebAssembly) over `files` in one go, with a schema and its imports if given. */
export async function runXmllint(files: readonly XmlFile[], schema?: { readonly main: string; readonly preload: ReadonlyArray<{ fileName: string; contents: string }> }): Promise<XmlError[]> {
  if (files.length === 0) return [];
  // xmllint's own file system is flat: each file goes in under a name of its index.
  const names = files.map((_, i) => `file-${i}.xml`);
  const result = await validateXML({
    xml: files.map((file, i) => ({ fileName: names[i] ?? '', contents: file.bytes })),
    schema: schema === undefined ? [] : [{ fileName: 'schema.xsd', contents: schema.main }],
    preload: schema?.preload ?? [],
    maxMemoryPages: MAX_MEMORY,
  });
  const errors: XmlError[] = [];
  // Each message is `name:line: text`, followed by the line it is about and a caret, which are left out.
  for (const line of result.rawOutput.split('\n')) {
    const match = /^file-(\d+)\.xml:(\d+): (.*)$/.exec(line);
    const file = match ? files[Number(match[1])] : undefined;
    if (match && file) errors.push({ path: file.path, line: Number(match[2]), message: (match[3] ?? '').replace(/^(element \S+: )?(parser error|Schemas validity error) : /, '$1') });
  }
  if (result.valid === false && errors.length === 0) errors.push({ path: files[0]?.path ?? '', message: `xmllint failed: ${result.rawOutput.trim().slice(0, 500)}` });
  return errors;
}

/**
 * Checks that every file is well-formed XML 1.0 as libxml2 (what many feed readers and
 * crawlers parse with) reads it, naming any character XML forbids by its code point.
 */
export async function checkXmlWellFormed(files: readonly XmlFile[]): Promise<XmlError[]> {
  const errors: XmlError[] = [];
  const withForbidden = new Set<string>();
  const decoder = new TextDecoder();
  for (const file of files) {
    for (const found of findForbiddenCharacters(decoder.decode(file.bytes))) {
      withForbidden.add(file.path);
      errors.push({ path: file.path, line: found.line, message: `character ${found.codePoint} is forbidden in XML 1.0: parsers refuse the whole file` });
    }
  }
  for (const error of await runXmllint(files)) {
    // The character named above is the same error, told better.
    if (withForbidden.has(error.path) && /invalid Char value|Char 0x[0-9A-F]+ out of allowed range|not proper UTF-8/i.test(error.message)) continue;
    errors.push(error);
  }
  return errors;
}
