import { readAgencyCredit } from './agency-credit.ts';
import { findNameMentions, type NameKind } from './named-mentions.ts';

/** The parts of a story that name things, headline first. */
export interface TaggableStory {
  readonly headline: string;
  readonly standfirst?: string;
  readonly paragraphs: readonly string[];
}

/** How many tags the importer suggests at most. */
export const MAX_SUGGESTED_TAGS = 5;

// A mention in the headline says more about the story than one in its ninth paragraph.
const HEADLINE_WEIGHT = 3;
const STANDFIRST_WEIGHT = 2;
const FIRST_PARAGRAPH_WEIGHT = 1.5;

interface Candidate {
  key: string;
  kind: NameKind;
  /** Every spelling seen of this name in full, with its count: what the tag is called. */
  readonly surfaces: Map<string, number>;
  /** Every spelling that counts as a mention, shorter variants included. */
  readonly variants: Set<string>;
  score: number;
  first: number;
}

/**
 * Suggests up to `limit` tags: the people, places and organisations the story names, most
 * salient first (mentions weighted by where they stand, headline and standfirst up), with
 * variants merged ("Mr Putin" and "Putin" count for "Vladimir Putin", "North Korean" for
 * "North Korea"). Suggestions for an editor to keep or change, not a classification.
 */
export function suggestTags(story: TaggableStory, limit = MAX_SUGGESTED_TAGS): string[] {
  const texts = [story.headline, ...(story.standfirst === undefined ? [] : [story.standfirst]), ...story.paragraphs];
  const weights = [HEADLINE_WEIGHT, ...(story.standfirst === undefined ? [] : [STANDFIRST_WEIGHT]), FIRST_PARAGRAPH_WEIGHT];
  let offset = 0;
  const parts = texts.map((text, i) => {
    const part = { text, weight: weights[i] ?? 1, offset, shouting: isShouting(text) };
    offset += text.length + 1;
    return part;
  });
  const candidates = new Map<string, Candidate>();
  // Capitals carry no information in an all-capitals headline; it only confirms names found below.
  for (const part of parts.filter((p) => !p.shouting)) {
    for (const mention of findNameMentions(part.text)) {
      const key = nameKey(mention.name);
      const candidate = candidates.get(key) ?? { key, kind: mention.kind, surfaces: new Map<string, number>(), variants: new Set<string>(), score: 0, first: part.offset + mention.start };
      candidate.surfaces.set(mention.name, (candidate.surfaces.get(mention.name) ?? 0) + 1);
      candidate.variants.add(mention.name);
      candidate.score += part.weight;
      candidates.set(key, candidate);
    }
  }
  splitCompounds(candidates);
  mergeVariants(candidates);
  for (const part of parts.filter((p) => p.shouting)) {
    for (const candidate of candidates.values()) {
      const at = firstIndexIn(part.text, candidate);
      if (at === undefined) continue;
      candidate.score += part.weight;
      candidate.first = Math.min(candidate.first, part.offset + at);
    }
  }
  return [...candidates.values()]
    .filter((c) => readAgencyCredit(displayName(c)) === undefined)
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .slice(0, limit)
    .map(displayName);
}

/** The key two spellings of one name share: "U.S." and "US", "Kim’s" and "Kim's". */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[’‘]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ');
}

// "North Korea-Russia border", "the Putin-Kim summit": a hyphenated pair of names that each
// stand alone elsewhere counts as a mention of both. "Leif-Eric" stays one name.
function splitCompounds(candidates: Map<string, Candidate>): void {
  for (const candidate of [...candidates.values()]) {
    const halves = candidate.key.split('-');
    if (halves.length !== 2 || !halves.every((half) => candidates.has(half))) continue;
    for (const half of halves) absorb(candidates, candidate, half);
    candidates.delete(candidate.key);
  }
}

// "Kim" is "Kim Jong-un" once the story has named him in full: a shorter name goes to the most
// mentioned longer one of the same kind that contains its words. Then "Russian" is "Russia".
function mergeVariants(candidates: Map<string, Candidate>): void {
  const byLength = [...candidates.values()].sort((a, b) => a.key.length - b.key.length);
  for (const short of byLength) {
    if (!candidates.has(short.key)) continue;
    const words = short.key.split(' ');
    const target = byLength
      .filter((long) => long !== short && candidates.has(long.key) && long.key.length > short.key.length)
      .filter((long) => long.kind === short.kind && containsWords(long.key.split(' '), words))
      .sort((a, b) => b.score - a.score)[0];
    if (target) {
      absorb(candidates, short, target.key);
      candidates.delete(short.key);
    }
  }
  // An adjective of a place counts for the place: "Russian" for Russia.
  for (const adjective of [...candidates.values()]) {
    const place = [...candidates.values()].find((c) => isDemonymOf(adjective, c));
    if (place) {
      absorb(candidates, adjective, place.key);
      candidates.delete(adjective.key);
    }
  }
}

// "russian" → "russia", "north korean" → "north korea", "japanese" → "japan", "german" → "germany".
const DEMONYM_ENDINGS = ['ese', 'ian', 'ish', 'an', 'i', 'n'];

function isDemonymOf(adjective: Candidate, place: Candidate): boolean {
  if (adjective.kind === 'person' || place.kind !== 'place' || adjective.key === place.key) return false;
  if (adjective.key.split(' ').length !== place.key.split(' ').length) return false;
  const placeStem = place.key.replace(/[aeiouy]$/, '');
  return DEMONYM_ENDINGS.some((ending) => {
    if (!adjective.key.endsWith(ending)) return false;
    const stem = adjective.key.slice(0, -ending.length);
    const close = stem.length >= 4 && Math.abs(stem.length - placeStem.length) <= 3;
    return close && (placeStem.startsWith(stem) || stem.startsWith(placeStem));
  });
}

function containsWords(longer: readonly string[], shorter: readonly string[]): boolean {
  return shorter.every((word) => longer.includes(word));
}

function absorb(candidates: Map<string, Candidate>, from: Candidate, intoKey: string): void {
  const into = candidates.get(intoKey);
  if (!into || into === from) return;
  into.score += from.score;
  into.first = Math.min(into.first, from.first);
  for (const variant of from.variants) into.variants.add(variant);
}

// The name as the story spells it most often in its longest form: "Vladimir Putin", not "Putin";
// in capitals only when the story never writes it otherwise, and then as a name ("Japan").
function displayName(candidate: Candidate): string {
  let best = '';
  let bestCount = 0;
  for (const [surface, count] of candidate.surfaces) {
    const rank = isShouting(surface) ? count / 1000 : count;
    if (rank > bestCount || (rank === bestCount && surface.length > best.length)) {
      best = surface;
      bestCount = rank;
    }
  }
  return isShouting(best) ? best.replace(/\p{L}{5,}/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase()) : best;
}

// All capitals: a wire headline, a table, or a name written that way ("JAPAN"). Acronyms of
// four letters or fewer ("NATO", "US") are not shouting.
function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

// Where any spelling of the candidate first stands in an all-capitals text, if anywhere.
function firstIndexIn(text: string, candidate: Candidate): number | undefined {
  let first: number | undefined;
  for (const variant of candidate.variants) {
    const escaped = variant.toUpperCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text.toUpperCase())?.index;
    if (at !== undefined && (first === undefined || at < first)) first = at;
  }
  return first;
}
