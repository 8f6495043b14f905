import { readAgencyCredit } from './agency-credit.ts';

/** A wire story read from plain text: every paragraph as sent, nothing escaped yet. */
export interface WireStory {
  readonly headline: string;
  readonly standfirst: string;
  readonly paragraphs: readonly string[];
  /** The agency credited on the last line, in the site's spelling. */
  readonly source?: string;
}

/** A parsed story, or why the text is not one. */
export type WireParseResult = { ok: true; story: WireStory } | { ok: false; message: string };

/**
 * Reads wire copy: the headline on the first line, the standfirst next, then the paragraphs,
 * either one a line (as the agencies send it) or separated by blank lines, in which case a
 * paragraph may be wrapped over several lines. A first paragraph repeating the standfirst is
 * dropped and an agency credit on the last line becomes `source`.
 */
export function parseWireCopy(text: string): WireParseResult {
  const blocks = splitBlocks(text);
  const [headline, ...rest] = blocks.flatMap((block, i) => (i === 0 ? [block[0] ?? '', ...joinTail(block)] : [block.join(' ')]));
  if (headline === undefined || headline === '') return { ok: false, message: 'is empty: there is no headline' };
  const [standfirst, ...paragraphs] = rest;
  if (standfirst === undefined) return { ok: false, message: 'has only a headline: the standfirst and the story are missing' };
  if (paragraphs[0] !== undefined && sameText(paragraphs[0], standfirst)) paragraphs.shift();
  const source = paragraphs.length > 0 ? readAgencyCredit(paragraphs[paragraphs.length - 1] ?? '') : undefined;
  if (source !== undefined) paragraphs.pop();
  if (paragraphs.length === 0) return { ok: false, message: 'has a headline and a standfirst but no story beneath them' };
  return { ok: true, story: { headline, standfirst, paragraphs, ...(source === undefined ? {} : { source }) } };
}

/**
 * Groups the lines into paragraphs. With two or more blank-line gaps the file separates its
 * paragraphs by blank lines, so lines within a block are one wrapped paragraph; otherwise a
 * blank line is incidental (after the headline, say) and every line is a paragraph.
 */
function splitBlocks(text: string): string[][] {
  // Spaces and tabs only: a no-break space is part of the text as sent.
  const lines = text.split('\n').map((line) => line.replace(/[ \t\f\v]+/g, ' ').replace(/^ | $/g, ''));
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line !== '') blocks[blocks.length - 1]?.push(line);
    else if (blocks[blocks.length - 1]?.length !== 0) blocks.push([]);
  }
  if (blocks[blocks.length - 1]?.length === 0) blocks.pop();
  return blocks.length >= 3 ? blocks : blocks.flat().map((line) => [line]);
}

// The rest of the headline's block is the standfirst, wrapped or not.
function joinTail(block: readonly string[]): string[] {
  return block.length > 1 ? [block.slice(1).join(' ')] : [];
}

/** True when two texts differ only in white space and quote style (straight or curly). */
function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, '')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"');
}
