// Measures the related-links engine on the Reuters corpus (reuters21578): link quality against the
// corpus's topic labels, against a plain TF-IDF cosine baseline, and wall time as it grows.
//
//   npm run bench:related [-- --limit N] [-- --no-baseline] [-- --tuning '{"latentShare":0.7}']
//   npm run bench:related -- ecbplus_dev       same story first: links and story clusters against
//                                              the corpus's events (scripts/support/bench-same-story.ts)
//   npm run bench:related -- wikinews_sample   how many articles get links, on longer real articles
//   npm run bench:related -- story-stability [--limit 2000] [--trials 6]
//                                              stories of N Reuters articles, then N + 1: how many
//                                              stories the new article is not in changed
//
// --limit N      a fixed random sample of N articles (materialize.mjs --limit), for quick runs
// --no-baseline  skip the plain TF-IDF baseline
// --tuning JSON  override the engine's Tuning for this run (for tuning experiments)
//
// The corpus is read from ../shared/corpora (never copied into this repository); when that
// folder is absent the benchmark says so and exits successfully.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findRelated } from '../src/lib/related/find-related.ts';
import { findStories } from '../src/lib/stories/find-stories.ts';
import type { RelatedInput, RelatedLink, Tuning } from '../src/lib/related/types.ts';
import { CORPORA_DIR, corporaAvailable, materializeCorpus } from './support/corpus.ts';
import { scoreLinkLists, type LinkQuality } from './support/link-quality.ts';
import { readMaterializedArticle } from './support/materialized-articles.ts';
import { termCounts } from './support/term-counts.ts';

const TARGETS = { precisionAt5: 0.87, precision: 0.9, coverage: 0.95, time10k: 3000, timeAll: 7000, timeWithStories: 8000 };
const TIMED_SIZES = [1_000, 10_000];

const args = process.argv.slice(2);
const argValue = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const limitArg = argValue('limit');
const limit = limitArg === undefined ? undefined : Number(limitArg);
if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
  console.error(`bench:related: --limit needs a positive whole number, got "${limitArg}"`);
  process.exit(2);
}
const tuningArg = argValue('tuning');
const tuning: Partial<Tuning> = tuningArg === undefined ? {} : (JSON.parse(tuningArg) as Partial<Tuning>);
const skipBaseline = args.includes('--no-baseline');

if (!corporaAvailable()) {
  console.log(`bench:related: skipped, no corpora at ${CORPORA_DIR} (the benchmark needs ../shared/corpora).`);
  process.exit(0);
}

// The other corpora have their own questions (same event; coverage), answered by their own module.
const otherCorpus = args.find((a) => a === 'ecbplus_dev' || a === 'wikinews_sample');
if (otherCorpus !== undefined) {
  const { benchSameStory } = await import('./support/bench-same-story.ts');
  const storiesArg = argValue('stories');
  benchSameStory({ corpus: otherCorpus, tuning, storyOptions: storiesArg === undefined ? {} : (JSON.parse(storiesArg) as object) });
  process.exit(0);
}

if (args.includes('story-stability')) {
  const { benchStoryStability } = await import('./support/bench-story-stability.ts');
  const trials = Number(argValue('trials') ?? 6);
  benchStoryStability({ articles: limit ?? 2000, trials: Number.isInteger(trials) && trials > 0 ? trials : 6 });
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Corpus: materialise into a temporary folder, read the articles back as the site would.

interface Article extends RelatedInput {
  topics: readonly string[];
}

const work = mkdtempSync(join(tmpdir(), 'dispatch-bench-related-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const articlesDir = join(work, 'reuters');
const labelsFile = join(work, 'labels.json');
materializeCorpus(articlesDir, { corpus: 'reuters21578', labelsFile, ...(limit === undefined ? {} : { limit }) });
const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, { topics?: string[] }>;

const readArticle = (slug: string): Article => ({ ...readMaterializedArticle(articlesDir, slug), topics: labels[slug]?.topics ?? [] });

// labels.json keeps materialize's seeded order, so "the first N" is a fixed random sample.
const onDisk = new Set(readdirSync(articlesDir).map((f) => f.replace(/\.md$/, '')));
const articles = Object.keys(labels)
  .filter((s) => onDisk.has(s))
  .map(readArticle);
const bySlug = new Map(articles.map((a) => [a.slug, a]));

// ---------------------------------------------------------------------------------------------
// Scoring against the topic labels.

const sharesTopic = (a: Article, slug: string): boolean => {
  const other = bySlug.get(slug);
  return other !== undefined && other.topics.some((t) => a.topics.includes(t));
};

/** Scores the lists of the articles with a topic; links to articles without one count as misses. */
const evaluate = (docs: readonly Article[], lists: ReadonlyMap<string, readonly { slug: string }[]>): LinkQuality =>
  scoreLinkLists(
    docs,
    lists,
    (a, slug) => (sharesTopic(a, slug) ? 'relevant' : 'other'),
    (a) => a.topics.length > 0,
  );

// ---------------------------------------------------------------------------------------------
// Baseline: plain TF-IDF cosine (raw tf, idf = ln(N/df), unit vectors), exact top 5, no threshold.

const plainTfIdfTop5 = (docs: readonly Article[]): Map<string, { slug: string }[]> => {
  const { size, counts, df } = termCounts(docs);
  const start = new Int32Array(size + 1);
  for (let t = 0; t < size; t++) start[t + 1] = start[t]! + df[t]!;
  const fill = start.slice(0, size);
  const postDoc = new Int32Array(start[size]!);
  const postWeight = new Float64Array(postDoc.length);
  const vectors = counts.map((v, d) => {
    const terms = Int32Array.from(v.keys());
    const weights = Float64Array.from(v, ([t, c]) => c * Math.log(docs.length / df[t]!));
    const norm = Math.hypot(...weights) || 1;
    terms.forEach((t, i) => {
      weights[i]! /= norm;
      const at = fill[t]!++;
      postDoc[at] = d;
      postWeight[at] = weights[i]!;
    });
    return { terms, weights };
  });
  const acc = new Float64Array(docs.length);
  const result = new Map<string, { slug: string }[]>();
  vectors.forEach(({ terms, weights }, d) => {
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      const w = weights[i]!;
      for (let p = start[t]!; p < start[t + 1]!; p++) acc[postDoc[p]!]! += w * postWeight[p]!;
    }
    acc[d] = 0;
    // Exact top 5 by one pass over all scores; ties go to the earlier article.
    const best: number[] = [];
    for (let e = 0; e < docs.length; e++) {
      const s = acc[e]!;
      if (s <= 0) continue;
      if (best.length === 5 && s <= acc[best[4]!]!) continue;
      let k = best.length < 5 ? best.length : 4;
      best[k] = e;
      while (k > 0 && acc[best[k - 1]!]! < s) {
        best[k] = best[k - 1]!;
        best[k - 1] = e;
        k--;
      }
    }
    result.set(
      docs[d]!.slug,
      best.map((e) => ({ slug: docs[e]!.slug })),
    );
    acc.fill(0);
  });
  return result;
};

// ---------------------------------------------------------------------------------------------
// Runs.

const runEngine = (docs: readonly Article[]): { ms: number; cpuMs: number; storiesMs: number; lists: Map<string, RelatedLink[]> } => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const lists = findRelated(docs, { tuning });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const storiesStart = performance.now();
  findStories(docs, lists);
  return { ms, cpuMs: (used.user + used.system) / 1000, storiesMs: performance.now() - storiesStart, lists };
};

const load = loadavg()[0] ?? 0;
const timings: Array<{ size: number; ms: number; cpuMs: number; storiesMs: number }> = [];
for (const size of TIMED_SIZES) {
  if (size < articles.length) {
    const { ms, cpuMs, storiesMs } = runEngine(articles.slice(0, size));
    timings.push({ size, ms, cpuMs, storiesMs });
  }
}
const full = runEngine(articles);
timings.push({ size: articles.length, ms: full.ms, cpuMs: full.cpuMs, storiesMs: full.storiesMs });

// A: the pool is the articles with a topic, so every link shown can be judged.
const labelled = articles.filter((a) => a.topics.length > 0);
const engineA = evaluate(labelled, runEngine(labelled).lists);
const baselineA = skipBaseline ? undefined : evaluate(labelled, plainTfIdfTop5(labelled));
// B: the pool is every article; links to the unlabelled half count as misses.
const engineB = evaluate(articles, full.lists);
const baselineB = skipBaseline ? undefined : evaluate(articles, plainTfIdfTop5(articles));

const fixed = (x: number): string => x.toFixed(3);
const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT MET');
const pad = (s: string, w: number): string => s.padEnd(w);
const count = (x: number): string => x.toLocaleString('en-GB');

console.log(`reuters21578: ${count(articles.length)} articles, ${count(labelled.length)} with at least one topic label; only those are scored.`);
console.log('Definitions, over the articles with a topic label:');
console.log('  P@5        mean, over articles showing >=1 link, of (links sharing a topic with the article / links shown); at most 5 shown');
console.log('  precision  all links shown, pooled: links sharing a topic / links shown');
console.log('  coverage   share of articles showing >=1 link');
console.log('  avg shown  links shown per article (0 to 5)');
console.log('Protocols:');
console.log(`  A  the engine links among the ${count(labelled.length)} articles with a topic, so every link can be judged (the protocol of the reference numbers: TF-IDF about 0.795, LSI 0.864)`);
console.log(`  B  the engine links among all ${count(articles.length)} articles; a link to an article without topic labels counts as a miss`);
console.log('');
console.log(`${pad('protocol  method', 40)}${pad('P@5', 8)}${pad('precision', 11)}${pad('coverage', 10)}avg shown`);
const row = (name: string, q: LinkQuality): void =>
  console.log(`${pad(name, 40)}${pad(fixed(q.precisionAt5), 8)}${pad(fixed(q.precision), 11)}${pad(fixed(q.coverage), 10)}${q.averageShown.toFixed(2)}`);
if (baselineA) row('A         plain TF-IDF cosine (top 5)', baselineA);
row('A         engine (findRelated)', engineA);
if (baselineB) row('B         plain TF-IDF cosine (top 5)', baselineB);
row('B         engine (findRelated)', engineB);
console.log('');
console.log(`Engine time (1-minute load average at start: ${load.toFixed(1)} on ${cpus().length} cores; CPU time is this process's, all threads):`);
console.log(`${pad('articles', 10)}${pad('wall', 10)}${pad('CPU', 10)}${pad('wall per 1,000 articles', 25)}${pad('stories', 10)}related + stories`);
for (const { size, ms, cpuMs, storiesMs } of timings) {
  console.log(
    `${pad(count(size), 10)}${pad(`${(ms / 1000).toFixed(2)} s`, 10)}${pad(`${(cpuMs / 1000).toFixed(2)} s`, 10)}${pad(`${(ms / size).toFixed(3)} s`, 25)}${pad(`${(storiesMs / 1000).toFixed(2)} s`, 10)}${((ms + storiesMs) / 1000).toFixed(2)} s`,
  );
}
console.log('');
const t10k = timings.find((t) => t.size === 10_000);
const tAll = timings[timings.length - 1]!;
const checks: Array<[string, boolean | undefined]> = [
  [`P@5 >= ${TARGETS.precisionAt5} (A)`, engineA.precisionAt5 >= TARGETS.precisionAt5],
  [`precision of shown links >= ${TARGETS.precision} (A)`, engineA.precision >= TARGETS.precision],
  [`>=1 link on >= ${TARGETS.coverage * 100}% of articles with a topic (A)`, engineA.coverage >= TARGETS.coverage],
  ['10,000 articles < 3 s (wall)', t10k ? t10k.ms < TARGETS.time10k : undefined],
  ['all 19,042 articles < 7 s (wall)', articles.length >= 19_042 ? tAll.ms < TARGETS.timeAll : undefined],
  ['related links + story clusters, all 19,042 articles < 8 s (wall)', articles.length >= 19_042 ? tAll.ms + tAll.storiesMs < TARGETS.timeWithStories : undefined],
  ['time grows about linearly (wall per article at full size <= 1.5 x that at 10,000)', t10k && articles.length > 10_000 ? tAll.ms / tAll.size <= 1.5 * (t10k.ms / t10k.size) : undefined],
];
if (baselineA) checks.unshift(['engine P@5 beats plain TF-IDF cosine (A and B)', engineA.precisionAt5 > baselineA.precisionAt5 && engineB.precisionAt5 > (baselineB?.precisionAt5 ?? 0)]);
console.log(articles.length < 19_042 ? `Targets (judged on a sample of ${count(articles.length)}; they are set for the full corpus):` : 'Targets:');
for (const [name, ok] of checks) console.log(`  ${pad(name, 84)}${ok === undefined ? 'not measured (needs the full corpus)' : verdict(ok)}`);
