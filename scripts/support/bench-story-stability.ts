// How stable the stories and related lists are when the site grows by one article: N Reuters
// articles, then the same N plus one more (several trials, the extra article spread through the
// corpus); a story that does not hold the new article should come out exactly as it was, and a
// related list should change only to show it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRelated } from '../../src/lib/related/find-related.ts';
import type { RelatedInput, RelatedLink } from '../../src/lib/related/types.ts';
import { findStories, type Story } from '../../src/lib/stories/find-stories.ts';
import { materializeCorpus } from './corpus.ts';
import { readMaterializedArticle } from './materialized-articles.ts';

/** What one run of the stability benchmark needs. */
export interface StoryStabilityOptions {
  readonly articles: number;
  readonly trials: number;
}

const membersKey = (articles: readonly string[]): string => [...articles].sort().join(' ');
const listKey = (links: readonly RelatedLink[]): string => links.map((l) => l.slug).join(' ');

interface SiteState {
  readonly lists: Map<string, RelatedLink[]>;
  readonly stories: Story[];
}

const stateOf = (docs: readonly RelatedInput[]): SiteState => {
  const lists = findRelated(docs);
  return { lists, stories: findStories(docs, lists) };
};

/** One way articles reach the site: the site before them, and the articles added to it one at a time. */
interface Addition {
  readonly name: string;
  readonly base: readonly RelatedInput[];
  readonly extras: readonly RelatedInput[];
}

/**
 * Prints, for each added article, how many stories it does not join changed and how many
 * related lists that do not show it changed, with totals: once for the next articles of the
 * wire published one at a time after the rest (the everyday case), once for articles spread
 * through the archive imported with their own dates (which moves the statistics learnt from
 * the settled months).
 */
export function benchStoryStability({ articles, trials }: StoryStabilityOptions): void {
  const work = mkdtempSync(join(tmpdir(), 'dispatch-bench-story-stability-'));
  try {
    const dir = join(work, 'articles');
    const labelsFile = join(work, 'labels.json');
    materializeCorpus(dir, { corpus: 'reuters21578', labelsFile, limit: articles + trials });
    const slugs = Object.keys(JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, unknown>).sort();
    const all = slugs.map((slug) => readMaterializedArticle(dir, slug));
    const spread = Array.from({ length: trials }, (_, t) => all[Math.floor(((t + 0.5) * all.length) / trials)]!);
    // The wire's order: the site holds what came before the 90th percentile's date, then the next ones arrive.
    const byDate = [...all].sort((a, b) => a.date.getTime() - b.date.getTime() || (a.slug < b.slug ? -1 : 1));
    const cut = Math.floor(0.9 * byDate.length);
    const additions: Addition[] = [
      { name: 'the next articles of the wire, each published as the newest', base: byDate.slice(0, cut), extras: byDate.slice(cut, cut + trials) },
      { name: 'articles imported into the archive with their own dates', base: all.filter((d) => !spread.includes(d)), extras: spread },
    ];
    for (const { name, base, extras } of additions) {
      const before = stateOf(base);
      const beforeKeys = new Set(before.stories.map((s) => membersKey(s.articles)));
      console.log(
        `Story stability, ${name}: ${base.length} Reuters articles, ${before.stories.length} stories holding ${before.stories.reduce((n, s) => n + s.articles.length, 0)} articles; then one more article, ${extras.length} times`,
      );
      let changed = 0;
      let otherLists = 0;
      for (const extra of extras) {
        const after = stateOf([...base, extra]);
        const afterKeys = new Set(after.stories.map((s) => membersKey(s.articles)));
        // A story is unchanged when it is there as it was, or with the new article added to it.
        const moved = before.stories.filter((s) => !afterKeys.has(membersKey(s.articles)) && !afterKeys.has(membersKey([...s.articles, extra.slug])));
        const born = after.stories.filter((s) => !s.articles.includes(extra.slug) && !beforeKeys.has(membersKey(s.articles)));
        const joined = after.stories.find((s) => s.articles.includes(extra.slug));
        let showing = 0;
        let other = 0;
        for (const [slug, list] of before.lists) {
          const now = after.lists.get(slug) ?? [];
          if (listKey(now) === listKey(list)) continue;
          if (now.some((l) => l.slug === extra.slug)) showing++;
          else other++;
        }
        changed += moved.length;
        otherLists += other;
        console.log(
          `  + ${extra.slug.padEnd(16)} ${extra.date.toISOString().slice(0, 10)} joins ${joined === undefined ? 'no story' : `${joined.slug} (${joined.articles.length})`}; stories without it changed: ${moved.length}, new: ${born.length}; related lists now showing it ${showing}, other lists changed ${other}`,
        );
      }
      console.log(
        `  stories changed that the new article is not in: ${changed} over ${extras.length} additions (${(changed / extras.length / Math.max(1, before.stories.length)).toFixed(3)} of the stories per addition); related lists changed that do not show it: ${otherLists} (${(otherLists / extras.length).toFixed(1)} per addition)`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
