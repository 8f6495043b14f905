import nlp from 'compromise';

/** What kind of thing a name names, as the NLP library guesses it. */
export type NameKind = 'person' | 'place' | 'organization';

/** One mention of a name in a text, tidied: whole words, no honorific or possessive. */
export interface NameMention {
  readonly name: string;
  readonly kind: NameKind;
  /** Character offset in the text, so that earlier mentions can rank first. */
  readonly start: number;
}

// What the library's match fields hold; its typings leave `json()` untyped.
interface MatchJson {
  readonly offset: { readonly start: number; readonly length: number };
}

// Titles that are not part of a person's name: "Mr Putin" is Putin, "President Biden" is Biden.
const HONORIFICS = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady president vice prime minister chancellor senator sen rep ' +
    'representative gov governor gen general col colonel capt captain lt lieutenant sgt king queen prince princess ' +
    'pope rev reverend judge justice mayor secretary chairman chairwoman chief commissioner ambassador premier ' +
    'executive officer director spokesman spokeswoman spokesperson analyst economist former late the'
  ).split(' '),
);
// Legal forms are not what an editor tags: "General Motors Corp" is General Motors.
const LEGAL_FORMS = new Set('inc corp corporation co ltd limited plc ag sa nv llc lp gmbh spa bv ab asa oyj kk'.split(' '));
// Capitalised at the start of a sentence, never the start of a place's or an organisation's name.
const LEADING_WORDS = new Set(['the', 'a', 'an', 'official', 'officials', 'former']);
const CALENDAR = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));
// US states as agency datelines abbreviate them ("FREMONT, Calif."): a qualifier, not a topic.
const STATE_ABBREVIATIONS = new Set(
  'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev nh nj nm ny nc nd okla ore pa ri sc sd tenn tex vt va wash wva wis wyo'.split(' '),
);
const WORD_CHAR = /[\p{L}\p{N}]/u;
// Inside a word: letters and digits, and hyphens, apostrophes and dots between them ("Jong-un", "U.S").
const JOINER = /[-'’.]/u;

/** The people, places and organisations a text names, in order of appearance. */
export function findNameMentions(text: string): NameMention[] {
  const doc = nlp(text);
  const found: NameMention[] = [];
  const collect = (matches: readonly MatchJson[], kind: NameKind) => {
    for (const { offset } of matches) found.push(...tidyNames(text, offset.start, offset.start + offset.length, kind));
  };
  collect(doc.people().json({ offset: true }) as MatchJson[], 'person');
  collect(doc.places().json({ offset: true }) as MatchJson[], 'place');
  collect(doc.organizations().json({ offset: true }) as MatchJson[], 'organization');
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The names within a match: widened to whole words (the library splits "Jong-un" at its
 * hyphen), without possessives, punctuation, honorifics or the lower-case words a match
 * sometimes drags in ("east Russia", "North Korean state"). A possessive or a comma ends a
 * name: "Moscow’s Ukraine invasion" names Moscow and Ukraine.
 */
function tidyNames(text: string, from: number, to: number, kind: NameKind): NameMention[] {
  let start = from;
  let end = to;
  while (start > 0 && isWordPart(text, start - 1)) start -= 1;
  while (end < text.length && isWordPart(text, end)) end += 1;
  const titles = kind === 'person' ? HONORIFICS : LEADING_WORDS;
  const names: NameMention[] = [];
  let run: { word: string; at: number }[] = [];
  const flush = () => {
    while (run.length > 0 && !isNameWord(run[0]?.word ?? '', titles)) run.shift();
    while (run.length > 0 && !isNameWord(run[run.length - 1]?.word ?? '', titles)) run.pop();
    while (run.length > 1 && LEGAL_FORMS.has((run[run.length - 1]?.word ?? '').toLowerCase().replace(/\./g, ''))) run.pop();
    const name = run.map((w) => w.word).join(' ');
    const key = name.toLowerCase().replace(/\./g, '');
    if (name.length >= 2 && !CALENDAR.has(key) && !STATE_ABBREVIATIONS.has(key)) names.push({ name, kind, start: run[0]?.at ?? start });
    run = [];
  };
  for (const match of text.slice(start, end).matchAll(/\S+/g)) {
    run.push({ word: tidyWord(match[0]), at: start + match.index });
    // Punctuation after a word ends the name: "Paris, France" is two places.
    if (/[,;:!?)\]”"]$/u.test(match[0]) || (kind !== 'organization' && /['’]s?\W*$/u.test(match[0]))) flush();
  }
  flush();
  return names;
}

// One word without the quotes, punctuation and possessive around it; "U.S." and "M." keep their dots.
function tidyWord(word: string): string {
  const bare = word.replace(/^[^\p{L}\p{N}]+/u, '');
  const initials = /^(?:\p{Lu}\.)+/u.exec(bare);
  return initials ? initials[0] : bare.replace(/[^\p{L}\p{N}]+$/u, '').replace(/['’]s$/u, '');
}

// A word that can start or end a name: capitalised (or a digit) and not a title.
function isNameWord(word: string, titles: ReadonlySet<string>): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word) && !titles.has(word.toLowerCase().replace(/\.$/, ''));
}

function isWordPart(text: string, index: number): boolean {
  const ch = text[index] ?? '';
  if (WORD_CHAR.test(ch)) return true;
  return JOINER.test(ch) && WORD_CHAR.test(text[index - 1] ?? '') && WORD_CHAR.test(text[index + 1] ?? '');
}
