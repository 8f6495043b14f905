// Story clusters: articles that report the same real-world event or developing story, grouped
// from the related-links engine's lists (computed once per build, so a story costs little more).
//   1. edges: two articles are joined when either lists the other among its related links (the
//      engine's lists already put the same event before its look-alike) with a high score;
//   2. groups grow from the strongest edges down, and two groups merge only when enough of the
//      pairs between them are joined (not through one chance edge), so a stray look-alike link
//      never chains two events into one story;
//   2b. and two articles are joined only when the named things they share (who, where, how
//      many) weigh enough, a rare name weighing more than a common one, so one kind of event
//      told of two companies, or two reports sharing only the wire's boilerplate, make no story;
//   2c. and the further apart two reports are in time, the stronger their link must be: on a
//      news site the reports of one story follow one another within days, and a link weeks
//      apart is most often the same kind of news, not the same news;
//   3. a story's slug is its earliest article's, unless an editor names it.
// Every step runs in a fixed order (scores, then slugs), so the output is the same on every machine.
import { bodyTextOf, type BodyText } from '../related/body-text.ts';
import { MIN_ARTICLES_FOR_LATENT } from '../related/tuning.ts';
import type { RelatedLink } from '../related/types.ts';
import { countNames, namedThings, sharedNameWeight } from './named-things.ts';

/** What story clustering needs to know about one article. */
export interface StoryInput {
  readonly slug: string;
  readonly date: Date;
  /** Headline, standfirst and body as plain text: linked articles must share a named thing in them. */
  readonly title: string;
  readonly standfirst: string;
  readonly bodyText: BodyText;
  /**
   * The editor's say: a story slug puts the article into that story, "none" keeps it out of
   * every story; undefined leaves it to the text.
   */
  readonly story?: string | undefined;
}

/** One story: its slug and its articles' slugs in time order (earliest first, then by slug). */
export interface Story {
  readonly slug: string;
  readonly articles: readonly string[];
}

/** Knobs of story clustering; the defaults are the site's. */
export interface StoryOptions {
  /** Share of the possible reciprocal edges two groups need between them to merge. */
  readonly linkage?: number;
  /**
   * Links scoring below this join no story. By default it follows the engine's scale: sites
   * large enough for its latent space score higher than those scored by TF-IDF alone.
   */
  readonly minScore?: number;
  /** Least summed weight of the named things two articles share for them to be joined. */
  readonly minSharedNameWeight?: number;
  /**
   * Leave the dates out: for corpora whose dates are made up (ecbplus_dev's are random), where
   * closeness in time says nothing.
   */
  readonly ignoreDates?: boolean;
  /** Each article's named things by slug, when already found (namedThingsByChunk); any article missing is read. */
  readonly names?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Editor value that keeps an article out of every story. */
export const NO_STORY = 'none';

const DEFAULT_LINKAGE = 0.1;
// A story is the same event, not the same subject: only links well above the related sidebar's
// own floor count, so that stories of one kind (two earnings reports) stay apart, and so that
// the small shifts of the latent space when one article is added move few story edges.
const MIN_LATENT_SCORE = 0.65;
const MIN_LEXICAL_SCORE = 0.2;
// Two rare names in common (who and where), or several less rare: one shared name, or the
// boilerplate every report of a kind carries ("Standard and Poor's"), is not enough.
const DEFAULT_MIN_SHARED_NAME_WEIGHT = 9;
// Reports up to this many days apart need only the floor: a disaster and the inquiry opened a
// week later are one story to a reader.
const SAME_STORY_DAYS = 7;
// Beyond that, the floor rises with the gap and reaches a perfect score this many days later,
// so a story runs on through reports close to one another, never through one far-off link.
const FADE_DAYS = 21;
const DAY_MS = 86_400_000;

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups articles into stories from their related links (each article's list, as findRelated
 * returns it). Returns every story of two or more articles, sorted by slug.
 */
export function findStories(articles: readonly StoryInput[], related: ReadonlyMap<string, readonly RelatedLink[]>, options: StoryOptions = {}): Story[] {
  const linkage = options.linkage ?? DEFAULT_LINKAGE;
  const minScore = options.minScore ?? (articles.length >= MIN_ARTICLES_FOR_LATENT ? MIN_LATENT_SCORE : MIN_LEXICAL_SCORE);
  const docs = [...articles].sort((a, b) => compareText(a.slug, b.slug));
  const n = docs.length;
  const position = new Map(docs.map((d, i) => [d.slug, i] as const));
  const free = docs.map((d) => d.story === undefined);
  const minNameWeight = options.minSharedNameWeight ?? DEFAULT_MIN_SHARED_NAME_WEIGHT;
  const names = docs.map((d) => options.names?.get(d.slug) ?? namedThings([d.title, d.standfirst, bodyTextOf(d.bodyText)]));
  const nameCounts = countNames(names);
  const times = docs.map((d) => d.date.getTime() || 0);
  // The score a link between a and b needs, higher the further apart they were published.
  const bar = (a: number, b: number): number => {
    if (options.ignoreDates === true) return minScore;
    const days = Math.abs(times[a]! - times[b]!) / DAY_MS;
    return minScore + (1 - minScore) * Math.min(1, Math.max(0, days - SAME_STORY_DAYS) / FADE_DAYS);
  };

  // Edges between articles the editors left to the text, strongest first.
  const linked = new Map<number, number>();
  const key = (a: number, b: number): number => (a < b ? a * n + b : b * n + a);
  docs.forEach((d, a) => {
    if (!free[a]) return;
    for (const link of related.get(d.slug) ?? []) {
      const b = position.get(link.slug);
      if (b === undefined || b === a || !free[b] || link.score < bar(a, b)) continue;
      // Two reports of one event name the same who, where or how many.
      if (sharedNameWeight(names[a]!, names[b]!, nameCounts) < minNameWeight) continue;
      const k = key(a, b);
      linked.set(k, Math.max(linked.get(k) ?? 0, link.score));
    }
  });

  const edges = [...linked].map(([k, score]) => ({ a: Math.floor(k / n), b: k % n, score }));
  edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  // Groups merge from the strongest edge down, when the edges between them are dense enough.
  const group = Array.from({ length: n }, (_, i) => i);
  const members = Array.from({ length: n }, (_, i) => [i]);
  const find = (x: number): number => {
    while (group[x] !== x) x = group[x] = group[group[x]!]!;
    return x;
  };

  for (const { a, b } of edges) {
    const x = find(a);
    const y = find(b);
    if (x === y) continue;
    const mx = members[x]!;
    const my = members[y]!;
    let joined = 0;
    for (const p of mx) for (const q of my) if (linked.has(key(p, q))) joined++;
    if (joined < linkage * mx.length * my.length) continue;
    const [keep, gone] = x < y ? [x, y] : [y, x];
    group[gone] = keep;
    members[keep] = [...members[keep]!, ...members[gone]!];
    members[gone] = [];
  }

  // Editors' stories: every article naming one joins it, with the group its slug belongs to.
  const byName = Map.groupBy(
    docs.flatMap((d, i) => (d.story !== undefined && d.story !== NO_STORY ? [{ story: d.story, i }] : [])),
    ({ story }) => story,
  );

  const stories: Story[] = [];
  const inTimeOrder = (list: readonly number[]): string[] => [...list].sort((p, q) => docs[p]!.date.getTime() - docs[q]!.date.getTime() || p - q).map((i) => docs[i]!.slug);
  const claimed = new Set<number>();
  for (const [name, named] of [...byName].sort((x, y) => compareText(x[0], y[0]))) {
    const at = position.get(name);
    const all = new Set(named.map(({ i }) => i));
    if (at !== undefined && free[at]) for (const m of members[find(at)]!) all.add(m);
    for (const m of all) claimed.add(m);
    if (all.size >= 2) stories.push({ slug: name, articles: inTimeOrder([...all]) });
  }
  for (let r = 0; r < n; r++) {
    if (find(r) !== r) continue;
    const list = members[r]!.filter((m) => !claimed.has(m));
    if (list.length < 2) continue;
    const ordered = inTimeOrder(list);
    stories.push({ slug: ordered[0]!, articles: ordered });
  }
  return stories.sort((x, y) => compareText(x.slug, y.slug));
}
