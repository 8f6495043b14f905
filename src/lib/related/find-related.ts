// The related-links engine. Computed once per build, in time close to linear in the number of
// articles, never by comparing all pairs:
//   1. features: stemmed words (headline and standfirst weighted up), capitalised multi-word
//      names, tags and section → TF-IDF vectors with sublinear term frequency, the idf (and the
//      latent space of step 3) learnt from the articles of earlier months (settled.ts); the
//      words read in chunks of articles that a store keeps between builds (term-chunks.ts);
//   2. candidates: an inverted index of each article's strongest terms, without over-common
//      terms and with capped posting lists, plus the best neighbours of the best neighbours;
//   3. scores: a blend of TF-IDF cosine and cosine in a latent (LSI) space, which sees that
//      "crude", "barrels" and "OPEC" tell one story;
//   4. a threshold (absolute and relative to the best link) so weak links are left out, never padded;
//   5. a second stage: what passed is re-ranked with the votes of the article's best neighbours,
//      so the same event (several reports close to one another) comes before its look-alike.
// Everything runs in a fixed order over articles sorted by slug, so the same content gives the
// same lists on any machine.
import { createTermColumns, createVocabulary, reasonVocabulary, renumberTermsByKey } from './features.ts';
import { chooseLinks, passingBar } from './choose-links.ts';
import { buildInvertedIndex, rankStrongTerms } from './inverted-index.ts';
import { buildLatentModel, latentSimilarity } from './latent.ts';
import { createCandidatePool, findNeighbours, gatherCandidates, rowScore } from './neighbours.ts';
import { createRanking } from './ranking.ts';
import { PINNED_REASON, formatReasonLine, sharedNames } from './reasons.ts';
import { createScorer } from './scorer.ts';
import { settledArticles } from './settled.ts';
import { inSlugOrder, readAllTerms } from './term-chunks.ts';
import { DEFAULT_TUNING, LATENT_MAX_DOCUMENT_SHARE, MIN_ARTICLES_FOR_LATENT, MIN_DOCUMENT_FREQUENCY_CAP, MIN_SETTLED_ARTICLES } from './tuning.ts';
import type { RelatedInput, RelatedLink, RelatedOptions, Tuning } from './types.ts';
import { forgetTerms } from './term-of.ts';
import { sparseDot, vectorize } from './vectorize.ts';

/** The engine's input, output and option types, defined in types.ts and offered here with the entry point. */
export type { RelatedInput, RelatedLink, RelatedOptions, Tuning } from './types.ts';

const DEFAULT_LIMIT = 5;
// TF-IDF cosine above which two linked stories count as copies of one another.
const NEAR_DUPLICATE = 0.9;

/**
 * The articles in the order findRelated reads their words, and the tuning it reads them with:
 * what another thread needs to read the same chunks ahead (prefillTermChunks).
 */
export function termReadingOf(articles: readonly RelatedInput[], options: RelatedOptions = {}): { docs: RelatedInput[]; tuning: Tuning } {
  return { docs: inSlugOrder(articles), tuning: { ...DEFAULT_TUNING, ...options.tuning } };
}

/**
 * Finds each article's related articles: editors' pinned ones first in their order, then the
 * most similar others above the relevance threshold, never padded. Keys are slugs, in slug order.
 */
export function findRelated(articles: readonly RelatedInput[], options: RelatedOptions = {}): Map<string, RelatedLink[]> {
  const { docs, tuning } = termReadingOf(articles, options);
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  for (let i = 1; i < docs.length; i++) {
    if (docs[i]!.slug === docs[i - 1]!.slug) throw new Error(`findRelated: duplicate slug "${docs[i]!.slug}"`);
  }
  const n = docs.length;
  const position = new Map(docs.map((d, i) => [d.slug, i] as const));
  // An invalid date counts as the epoch rather than poisoning every comparison with NaN.
  const times = docs.map((d) => d.date.getTime() || 0);

  const vocabulary = createVocabulary();
  const columns = createTermColumns();
  readAllTerms(docs, tuning, vocabulary, columns, options.termStore);
  // Every word is read: the stems learnt on the way are not needed again.
  forgetTerms();
  renumberTermsByKey(vocabulary, columns);
  const terms = vocabulary.keys;
  const settled = settledArticles(times, tuning.statisticsLagMonths, MIN_SETTLED_ARTICLES);
  const { vectors, documentFrequency, settledFrequency, settledCount } = vectorize(columns, terms.length, settled);
  const reasonTerms = reasonVocabulary(vocabulary);

  const maxDocumentFrequency = Math.max(MIN_DOCUMENT_FREQUENCY_CAP, Math.ceil(tuning.maxDocumentShare * settledCount));
  const strong = rankStrongTerms(vectors, documentFrequency, settledFrequency, maxDocumentFrequency, Math.max(tuning.indexTerms, tuning.queryTerms));
  const index = buildInvertedIndex(vectors, strong, terms.length, {
    termsPerDocument: tuning.indexTerms,
    maxPostings: tuning.maxPostings,
  });
  const latent =
    tuning.latentDimensions > 0 && tuning.latentShare > 0 && settledCount >= MIN_ARTICLES_FOR_LATENT
      ? buildLatentModel(
          vectors,
          settledFrequency,
          {
            dimensions: tuning.latentDimensions,
            sample: tuning.latentSample,
            maxTerms: tuning.latentTerms,
            maxDocumentFrequency: Math.ceil(LATENT_MAX_DOCUMENT_SHARE * settledCount),
          },
          terms,
          docs.map((d) => d.slug),
          settled,
        )
      : undefined;
  // Without a latent space the score is the TF-IDF cosine alone, on a lower scale.
  const floor = options.threshold ?? (latent ? tuning.minScore : tuning.minLexicalOnlyScore);

  const scorer = createScorer(vectors, terms.length, latent, times, tuning);
  const beats = createRanking(times);
  const table = findNeighbours(vectors, index, strong, scorer, beats, {
    candidates: tuning.candidates,
    queryTerms: tuning.queryTerms,
    hop: Math.max(tuning.secondHopFrom, tuning.secondHopTake),
  });

  // The latent cosine is a cheap first test: copies are close in every representation.
  const isNearDuplicate = (x: number, y: number): boolean => (latent === undefined || latentSimilarity(latent, x, y) >= NEAR_DUPLICATE) && sparseDot(vectors[x]!, vectors[y]!) >= NEAR_DUPLICATE;
  const cut = { floor, relative: tuning.relativeScore, minLexical: tuning.minLexicalScore };
  const pool = createCandidatePool(tuning.candidates + tuning.secondHopFrom * tuning.secondHopTake);
  const seen = new Int32Array(n).fill(-1);
  const result = new Map<string, RelatedLink[]>();
  for (let a = 0; a < n; a++) {
    const doc = docs[a]!;
    scorer.focus(a);
    seen[a] = a;
    const links: RelatedLink[] = [];
    const linked: number[] = [];
    for (const slug of doc.pinned) {
      const b = position.get(slug);
      // Unknown, repeated and self pins are skipped rather than breaking the build.
      if (b === undefined || seen[b] === a) continue;
      seen[b] = a;
      linked.push(b);
      links.push({ slug, score: scorer.score(b), reasons: [PINNED_REASON], pinned: true });
    }
    result.set(doc.slug, links);
    if (links.length >= limit) continue;

    gatherCandidates(table, a, tuning.secondHopFrom, tuning.secondHopTake, scorer, seen, pool);
    let cutHere = cut;
    if (tuning.expansionWeight > 0) {
      // Second stage. Which candidates pass is decided on the first-stage scores, so re-ranking
      // never changes how many links an article gets; it changes which ones come first. The
      // article's best neighbours vote: a candidate close to the whole group (one event told by
      // several reporters) rises above one close to this article alone (the look-alike event).
      const bar = passingBar(pool, cut);
      const voters: number[] = [];
      for (let h = 0; h < Math.min(tuning.expansionVoters, table.hop); h++) {
        const c = table.nearest[a * table.hop + h]!;
        if (c >= 0) voters.push(c);
      }
      for (let i = 0; i < pool.size; i++) {
        if (pool.scores[i]! < bar) {
          pool.lexical[i] = -1;
          continue;
        }
        const b = pool.docs[i]!;
        let vote = 0;
        let others = 0;
        for (const c of voters) {
          if (c === b) continue;
          vote += rowScore(table, c, b);
          others++;
        }
        const mean = others > 0 ? vote / others : pool.scores[i]!;
        pool.scores[i] = Math.round(((1 - tuning.expansionWeight) * pool.scores[i]! + tuning.expansionWeight * mean) * 1e6) / 1e6;
      }
      cutHere = { floor: -1, relative: 0, minLexical: cut.minLexical };
    }
    const isCopy = (b: number): boolean => {
      if (linked.some((c) => isNearDuplicate(c, b))) return true;
      linked.push(b);
      return false;
    };
    for (const at of chooseLinks(pool, limit - links.length, cutHere, beats, isCopy)) {
      const b = pool.docs[at]!;
      const names = sharedNames(scorer.focusedWeights(), vectors[b]!, reasonTerms);
      links.push({ slug: docs[b]!.slug, score: pool.scores[at]!, reasons: [formatReasonLine(names)], pinned: false });
    }
  }
  return result;
}
