import type { BodyText } from './body-text.ts';
import type { TermChunkStore } from './term-chunks.ts';

/** What the engine needs to know about one article; bodyText is plain text, Markdown already stripped, or where to read it. */
export interface RelatedInput {
  slug: string;
  title: string;
  standfirst: string;
  bodyText: BodyText;
  tags: readonly string[];
  section: string;
  date: Date;
  pinned: readonly string[];
}

/** One related link as shown under an article, most related first. */
export interface RelatedLink {
  slug: string;
  score: number;
  reasons: string[];
  pinned: boolean;
}

/** Knobs of one run of the engine; leave them out for the site's defaults. */
export interface RelatedOptions {
  /** Most links per article, pinned ones included (default 5; pinned links are never dropped). */
  limit?: number;
  /**
   * Absolute floor on the score of an automatic link. By default it is tuning.minScore when the
   * site is large enough for a latent space, else tuning.minLexicalOnlyScore (the score is then
   * the TF-IDF cosine alone, on a lower scale).
   */
  threshold?: number;
  /** Expert overrides of the scoring model, for benchmarks. */
  tuning?: Partial<Tuning>;
  /** Where the terms read from chunks of articles are kept between runs (term-chunks.ts); without one, every article is read. */
  termStore?: TermChunkStore;
}

/** The numbers behind the scoring model; DEFAULT_TUNING holds the values the site uses. */
export interface Tuning {
  /** How many times a word in the headline counts, relative to one in the body. */
  titleWeight: number;
  /** How many times a word in the standfirst counts. */
  standfirstWeight: number;
  /** Extra weight of a multi-word name ("North Korea") over a plain word. */
  entityWeight: number;
  /** Weight of a shared editor's tag. */
  tagWeight: number;
  /** Weight of the section, a weak signal since many stories share one. */
  sectionWeight: number;
  /** Words in more than this share of the articles are too common to find candidates with. */
  maxDocumentShare: number;
  /** Terms of each article used to look up candidates (its highest-weighted ones). */
  queryTerms: number;
  /** Terms of each article entered in the inverted index. */
  indexTerms: number;
  /** Longest posting list kept per term (highest weights first). */
  maxPostings: number;
  /** Candidates from the inverted index re-scored per article. */
  candidates: number;
  /** Second hop: the best this many neighbours of an article lend it their own best... */
  secondHopFrom: number;
  /** ...this many neighbours each, as extra candidates (stories on the subject told in other words). */
  secondHopTake: number;
  /** Dimensions of the latent (LSI) space; 0 turns it off. */
  latentDimensions: number;
  /** Share of the final score that comes from the latent similarity. */
  latentShare: number;
  /** Largest number of articles the latent space is fitted on (the rest are projected into it). */
  latentSample: number;
  /** Most terms (the most widespread ones) spanning the latent space. */
  latentTerms: number;
  /** Score floor below which nothing is linked, when there is a latent space (sites of 200+ articles). */
  minScore: number;
  /** Score floor without a latent space (small sites), where the score is the TF-IDF cosine alone. */
  minLexicalOnlyScore: number;
  /** TF-IDF cosine every automatic link needs: the two stories must share telling words. */
  minLexicalScore: number;
  /** Links must reach at least this fraction of the best link's margin above the floor. */
  relativeScore: number;
  /** Largest score bonus for closeness in time (full within a day, fading over recencyDays). */
  recencyBonus: number;
  /** Days over which the recency bonus fades to nothing. */
  recencyDays: number;
  /** Share of a candidate's final score that comes from the article's best neighbours' scores of it. */
  expansionWeight: number;
  /** How many of the article's best neighbours vote. */
  expansionVoters: number;
  /**
   * Word weights and the latent space are learnt from articles published before the calendar
   * month this many months back from the newest article's (1: before its own month); 0 learns
   * them from every article.
   */
  statisticsLagMonths: number;
}
