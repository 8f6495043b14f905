import { fnv1aCodeUnits } from '../hash.ts';
import { orthonormalizeColumns, symmetricEigen } from './linear-algebra.ts';
import { seededRandom } from './random.ts';
import type { SparseVector } from './vectorize.ts';

/** Settings of the latent (LSI) space. */
export interface LatentSettings {
  /**
   * Dimensions of the space, as a count of the strongest: the first three quarters count in
   * full, and the weight fades out over the next half of it.
   */
  readonly dimensions: number;
  /** Most articles the space is fitted on; the others are only projected into it. */
  readonly sample: number;
  /** Most terms (the most widespread ones) that span the space; fewer when a cut would split equals. */
  readonly maxTerms: number;
  /** Terms in more articles than this carry no topic and are left out. */
  readonly maxDocumentFrequency: number;
}

/** Each article as a unit vector in a low-dimensional latent space, rows of `dimensions` numbers. */
export interface LatentModel {
  readonly dimensions: number;
  readonly embeddings: Float32Array;
}

const OVERSAMPLE = 12;
// Where the dimensions' weight starts to fade, and where it reaches nothing, as shares of
// `dimensions` (the last is capped by the dimensions computed).
const FULL_WEIGHT_SHARE = 0.75;
const NO_WEIGHT_SHARE = 1.25;
const POWER_ITERATIONS = 1;
const SEED = 20230912;

/** The model's own hash of a key (FNV-1a, seeded): a term's gives its row of the random start, a slug's its rank for the sample. */
function keyHash(key: string): number {
  return fnv1aCodeUnits(key, 0x811c9dc5 ^ SEED) >>> 0;
}

/**
 * The articles the space is fitted on, in their order: all the settled ones, or the `size` of
 * them whose keys hash lowest. Chosen by each article's own key, so one more settled article
 * changes the sample by at most one in and one out (an even stride would shift half of it).
 */
function chooseSample(articleKeys: readonly string[], settled: Uint8Array | undefined, size: number): number[] {
  const candidates = articleKeys.flatMap((_, i) => (settled === undefined || settled[i] === 1 ? [i] : []));
  if (size >= candidates.length) return candidates;
  const hashes = candidates.map((i) => keyHash(articleKeys[i]!));
  const order = candidates.map((_, j) => j).sort((a, b) => hashes[a]! - hashes[b]! || a - b);
  return order
    .slice(0, size)
    .sort((a, b) => a - b)
    .map((j) => candidates[j]!);
}

/**
 * How many of the terms, most widespread first, span the space: at most `max`, cut between two
 * document frequencies rather than among terms of one (where the order would be the terms'
 * keys), so that a term joins or leaves the columns only when its own frequency crosses the
 * cut. A cut that would leave fewer than `least` falls back to `max`.
 */
function columnCount(eligible: readonly number[], documentFrequency: Int32Array, max: number, least: number): number {
  if (eligible.length <= max) return eligible.length;
  const split = documentFrequency[eligible[max]!]!;
  let cols = max;
  while (cols > 0 && documentFrequency[eligible[cols - 1]!] === split) cols--;
  return cols >= least ? cols : max;
}

/**
 * Weight of each dimension by its strength (singular value): full for the strongest three
 * quarters of `dimensions`, then falling in a straight line to nothing. A hard cut would swap a
 * dimension in or out whenever two near the cut trade places, which one added article can do,
 * and move every article's related links; a fade moves them as little as the data moves.
 */
function dimensionWeights(eigenvalues: Float64Array, dimensions: number, width: number): Float64Array {
  const strength = (k: number): number => Math.sqrt(Math.max(0, eigenvalues[k]!));
  const full = strength(Math.min(width - 2, Math.round(FULL_WEIGHT_SHARE * dimensions)));
  const none = strength(Math.min(width - 1, Math.round(NO_WEIGHT_SHARE * dimensions)));
  const weights = new Float64Array(width);
  for (let k = 0; k < width; k++) {
    const s = strength(k);
    weights[k] = s >= full ? 1 : s <= none ? 0 : (s - none) / (full - none);
  }
  return weights;
}

/**
 * Fits LSI (a truncated SVD of the article-term matrix, by randomised subspace iteration) on
 * the settled articles (all when `settled` is left out; `documentFrequency` counts them) and
 * projects every article into it. Returns undefined when there are too few articles to fit it.
 */
export function buildLatentModel(
  vectors: readonly SparseVector[],
  documentFrequency: Int32Array,
  settings: LatentSettings,
  termKeys: readonly string[],
  articleKeys: readonly string[],
  settled?: Uint8Array,
): LatentModel | undefined {
  const n = vectors.length;
  const sampleIds = chooseSample(articleKeys, settled, settings.sample);
  const sampleSize = sampleIds.length;
  const width = Math.min(settings.dimensions + OVERSAMPLE, Math.floor(sampleSize / 2));
  // Every computed dimension is kept, each with its weight.
  const dimensions = width;
  if (Math.min(settings.dimensions, width) < 2) return undefined;

  // Columns: the most widespread informative terms, ties by term id.
  const eligible: number[] = [];
  for (let t = 0; t < documentFrequency.length; t++) {
    const df = documentFrequency[t]!;
    if (df >= 2 && df <= settings.maxDocumentFrequency) eligible.push(t);
  }
  eligible.sort((a, b) => documentFrequency[b]! - documentFrequency[a]! || a - b);
  const column = new Int32Array(documentFrequency.length).fill(-1);
  const cols = columnCount(eligible, documentFrequency, settings.maxTerms, width);
  for (let c = 0; c < cols; c++) column[eligible[c]!] = c;
  if (cols < width) return undefined;

  const sample = sampleIds.map((d) => vectors[d]!);

  // A (sample × cols) times a cols × width matrix, and its transpose, straight from the sparse
  // rows: both walk the same entries in the same order, only which side is read differs.
  const product = (input: Float64Array, transpose: boolean): Float64Array => {
    const out = new Float64Array((transpose ? cols : sampleSize) * width);
    sample.forEach((v, d) => {
      const o = d * width;
      for (let i = 0; i < v.ids.length; i++) {
        const c = column[v.ids[i]!]!;
        if (c < 0) continue;
        const w = v.weights[i]!;
        const yo = c * width;
        if (transpose) for (let j = 0; j < width; j++) out[yo + j]! += w * input[o + j]!;
        else for (let j = 0; j < width; j++) out[o + j]! += w * input[yo + j]!;
      }
    });
    return out;
  };
  const times = (y: Float64Array): Float64Array => product(y, false);
  const transposeTimes = (z: Float64Array): Float64Array => product(z, true);

  // Each term's row of the random start comes from the term itself, not from its column's
  // position: a word that enters or leaves the columns after an edit then leaves every other
  // term's start alone, and the fitted space (and the related links) move only as much as the
  // edit really moves them.
  let basis: Float64Array = new Float64Array(cols * width);
  for (let c = 0; c < cols; c++) {
    const random = seededRandom(keyHash(termKeys[eligible[c]!] ?? ''));
    for (let j = 0; j < width; j++) basis[c * width + j] = random() * 2 - 1;
  }
  for (let it = 0; it <= POWER_ITERATIONS; it++) {
    basis = transposeTimes(times(basis));
    orthonormalizeColumns(basis, cols, width, it === POWER_ITERATIONS ? 2 : 1);
  }

  // Within the found subspace, the eigenvectors of (A Q)ᵀ(A Q) give the right singular vectors.
  const projected = times(basis);
  const gram = new Float64Array(width * width);
  for (let d = 0; d < sampleSize; d++) {
    const o = d * width;
    for (let i = 0; i < width; i++) {
      const x = projected[o + i]!;
      if (x === 0) continue;
      for (let j = i; j < width; j++) gram[i * width + j]! += x * projected[o + j]!;
    }
  }
  for (let i = 0; i < width; i++) for (let j = 0; j < i; j++) gram[i * width + j] = gram[j * width + i]!;
  const { values: eigenvalues, vectors: eigenvectors } = symmetricEigen(gram, width);
  const weight = dimensionWeights(eigenvalues, settings.dimensions, width);

  // Term loadings: basis × eigenvectors, each dimension by its weight (cols × dimensions).
  const loadings = new Float64Array(cols * dimensions);
  for (let c = 0; c < cols; c++) {
    for (let k = 0; k < dimensions; k++) {
      let s = 0;
      for (let j = 0; j < width; j++) s += basis[c * width + j]! * eigenvectors[j * width + k]!;
      loadings[c * dimensions + k] = s * weight[k]!;
    }
  }

  // Single precision halves the memory every score reads; the sums themselves run in double.
  const embeddings = new Float32Array(n * dimensions);
  const row = new Float64Array(dimensions);
  const center = new Float64Array(dimensions);
  const project = (v: SparseVector, out: Float64Array): void => {
    out.fill(0);
    for (let i = 0; i < v.ids.length; i++) {
      const c = column[v.ids[i]!]!;
      if (c < 0) continue;
      const w = v.weights[i]!;
      const lo = c * dimensions;
      for (let k = 0; k < dimensions; k++) out[k]! += w * loadings[lo + k]!;
    }
  };
  // Centred on the sample's mean, so that the direction every article shares (the corpus's
  // average vocabulary) does not make unrelated stories look alike. The sample is already
  // projected onto the basis, so its mean costs one small product: mean(A Q) × eigenvectors.
  const meanProjected = new Float64Array(width);
  for (let d = 0; d < sampleSize; d++) for (let j = 0; j < width; j++) meanProjected[j]! += projected[d * width + j]!;
  for (let k = 0; k < dimensions; k++) {
    let c = 0;
    for (let j = 0; j < width; j++) c += meanProjected[j]! * eigenvectors[j * width + k]!;
    center[k] = (c / sampleSize) * weight[k]!;
  }
  vectors.forEach((v, d) => {
    project(v, row);
    let norm = 0;
    for (let k = 0; k < dimensions; k++) {
      row[k]! -= center[k]!;
      norm += row[k]! * row[k]!;
    }
    norm = Math.sqrt(norm);
    const o = d * dimensions;
    if (norm > 0) for (let k = 0; k < dimensions; k++) embeddings[o + k] = row[k]! / norm;
  });
  return { dimensions, embeddings };
}

/** Cosine of two articles in the latent space (their rows are unit length). */
export function latentSimilarity(model: LatentModel, a: number, b: number): number {
  const k = model.dimensions;
  const e = model.embeddings;
  let s = 0;
  for (let i = 0; i < k; i++) s += e[a * k + i]! * e[b * k + i]!;
  return s;
}
