import { readAgencyCredit } from './agency-credit.ts';

/** A dateline found at the start of wire copy's first paragraph, and what follows it. */
export interface WireDateline {
  /** The place as sent ("SEOUL", "WASHINGTON, D.C."): the article's `dateline`. */
  readonly place: string;
  /** The agency the dateline names ("(Reuters)"), in the site's spelling, when it is one we know. */
  readonly agency?: string;
  /** The paragraph after the dateline, which the site prints again after the place. */
  readonly rest: string;
}

// A word in capitals ("SEOUL", "ST.", "N'DJAMENA"); a word as places are written ("Seoul").
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}.'’-]*`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
const REGION = String.raw`(?:, ${NAME_WORD}(?: ${NAME_WORD}){0,3})?`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?:,? (?:${MONTH} \d{1,2}|\d{1,2} ${MONTH})(?:,? \d{4})?)?`;
const DASH = String.raw`\s*(?:—|–|--|-)\s+`;
// AP and Reuters: the place in capitals, perhaps a region, a date and the agency, then a dash.
const IN_CAPITALS = new RegExp(String.raw`^(${CAPS_WORD}(?: ${CAPS_WORD}){0,4}${REGION})${DATE}(?: \(([^()]{1,40})\))?${DASH}(.+)$`, 'su');
// AFP and others: the place as written, then the agency in brackets, then a dash.
const WITH_AGENCY = new RegExp(String.raw`^(${NAME_WORD}(?: ${NAME_WORD}){0,3}${REGION})${DATE} \(([^()]{1,40})\)${DASH}(.+)$`, 'su');
// What starts a sentence: a letter in capitals, a digit or an opening quote.
const SENTENCE_START = /^[\p{Lu}\p{N}"“‘'«]/u;
// Fewer letters than this in capitals is an acronym opening a sentence ("UN - …"), not a place.
const MIN_PLACE_LETTERS = 4;

/**
 * Reads the dateline wire copy opens its first paragraph with ("SEOUL, Sept 12 (Reuters) -
 * North Korea…", "Seoul (AFP) - …", "WASHINGTON — …"). The place becomes the article's
 * dateline; the date is the article's own and the agency its credit, so both are printed
 * elsewhere. Undefined when the paragraph opens with no dateline a reader would recognise.
 */
export function readDateline(paragraph: string): WireDateline | undefined {
  const caps = IN_CAPITALS.exec(paragraph);
  const match = caps ?? WITH_AGENCY.exec(paragraph);
  if (!match) return undefined;
  const [, place = '', agencyText, rest = ''] = match;
  if (!SENTENCE_START.test(rest)) return undefined;
  const agency = agencyText === undefined ? undefined : readAgencyCredit(agencyText);
  // Without capitals, only an agency we know makes it a dateline rather than a sentence.
  if (!caps && agency === undefined) return undefined;
  if (caps && (place.split(',')[0] ?? '').replace(/[^\p{L}]/gu, '').length < MIN_PLACE_LETTERS && agency === undefined) return undefined;
  return { place, ...(agency === undefined ? {} : { agency }), rest };
}
