import type { Tuning } from './types.ts';

/** The scoring model the site uses, tuned with `npm run bench:related`. */
export const DEFAULT_TUNING: Readonly<Tuning> = {
  titleWeight: 2,
  standfirstWeight: 2,
  entityWeight: 0.5,
  tagWeight: 3,
  sectionWeight: 0.5,
  maxDocumentShare: 0.3,
  queryTerms: 15,
  indexTerms: 60,
  maxPostings: 150,
  candidates: 20,
  secondHopFrom: 5,
  secondHopTake: 4,
  latentDimensions: 64,
  latentShare: 0.8,
  latentSample: 3000,
  latentTerms: 3000,
  minScore: 0.4,
  minLexicalOnlyScore: 0.1,
  minLexicalScore: 0.04,
  relativeScore: 0.5,
  recencyBonus: 0,
  recencyDays: 30,
  expansionWeight: 0.5,
  expansionVoters: 3,
  statisticsLagMonths: 1,
};

/** Fewer settled articles than this (or than half the site) teach too little: then every article counts. */
export const MIN_SETTLED_ARTICLES = 20;

/** Below this many (settled) articles a latent space would only model noise, so it is not fitted. */
export const MIN_ARTICLES_FOR_LATENT = 200;

/** Posting lists are never cut below this many documents, so small sites keep every shared word. */
export const MIN_DOCUMENT_FREQUENCY_CAP = 20;

/** Terms in more than this share of the articles are left out of the latent space. */
export const LATENT_MAX_DOCUMENT_SHARE = 0.5;
