// How good a set of related lists is against labels, as every `npm run bench:related` mode
// reports it: one definition of P@5, precision, coverage and the look-alike share.

/** What a shown link is to the article it is shown under. */
export type LinkVerdict = 'relevant' | 'look-alike' | 'other';

/** The quality of the related lists of the judged articles; at most five links counted each. */
export interface LinkQuality {
  /** Mean, over judged articles showing a link, of relevant links / links shown. */
  readonly precisionAt5: number;
  /** All links shown, pooled: relevant / shown. */
  readonly precision: number;
  /** Share of judged articles showing at least one link. */
  readonly coverage: number;
  /** Share of links shown that are look-alikes (same topic, another event). */
  readonly hardNegatives: number;
  /** Links shown per judged article. */
  readonly averageShown: number;
  /** How many articles were judged. */
  readonly judged: number;
}

/**
 * Scores each judged article's first five links with `verdict`; articles `isJudged` turns away
 * (no label to judge by) count nowhere.
 */
export function scoreLinkLists<T extends { readonly slug: string }>(
  docs: readonly T[],
  lists: ReadonlyMap<string, readonly { readonly slug: string }[]>,
  verdict: (doc: T, linked: string) => LinkVerdict,
  isJudged: (doc: T) => boolean = () => true,
): LinkQuality {
  let judged = 0;
  let withLinks = 0;
  let precisionSum = 0;
  let hits = 0;
  let lookAlikes = 0;
  let shown = 0;
  for (const doc of docs) {
    if (!isJudged(doc)) continue;
    judged++;
    const links = (lists.get(doc.slug) ?? []).slice(0, 5);
    if (links.length === 0) continue;
    withLinks++;
    let h = 0;
    for (const link of links) {
      const v = verdict(doc, link.slug);
      if (v === 'relevant') h++;
      else if (v === 'look-alike') lookAlikes++;
    }
    precisionSum += h / links.length;
    hits += h;
    shown += links.length;
  }
  return {
    precisionAt5: withLinks ? precisionSum / withLinks : 0,
    precision: shown ? hits / shown : 0,
    coverage: judged ? withLinks / judged : 0,
    hardNegatives: shown ? lookAlikes / shown : 0,
    averageShown: judged ? shown / judged : 0,
    judged,
  };
}
