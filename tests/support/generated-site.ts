import type { RelatedInput } from '../../src/lib/related/find-related.ts';
import { seededRandom } from '../../src/lib/related/random.ts';

/** How a generated site is made; every field has a default. */
export interface GeneratedSiteOptions {
  readonly seed?: number;
  /** Each subject's own words; by default 30 subjects of 25 made-up words. */
  readonly subjects?: readonly (readonly string[])[];
  /** Words every subject shares; by default 300 made-up words. */
  readonly filler?: readonly string[];
  /** Words in a story's body. */
  readonly words?: number;
  /** The share of a story's words drawn from its own subject. */
  readonly ownShare?: number;
}

/**
 * A generated site big enough for the related-links engine's latent (LSI) model: story i is
 * about subject i mod the number of subjects, its words drawn from that subject's vocabulary
 * and from filler words every subject shares. Returns the filler too, for edits that add
 * common words; the same options give the same site.
 */
export function generatedSite(count: number, options: GeneratedSiteOptions = {}): { articles: (RelatedInput & { bodyText: string; subject: number })[]; filler: readonly string[] } {
  const random = seededRandom(options.seed ?? 7);
  const word = (): string => Array.from({ length: 3 + Math.floor(random() * 5) }, () => 'abcdefghijklmnoprstuvwy'[Math.floor(random() * 23)]).join('');
  const subjects = options.subjects ?? Array.from({ length: 30 }, () => Array.from({ length: 25 }, word));
  const filler = options.filler ?? Array.from({ length: 300 }, word);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const articles = Array.from({ length: count }, (_, i) => {
    const subject = i % subjects.length;
    const own = subjects[subject]!;
    const words = Array.from({ length: options.words ?? 60 }, () => (random() < (options.ownShare ?? 0.5) ? pick(own) : pick(filler)));
    return {
      slug: `story-${String(i).padStart(4, '0')}`,
      title: `${pick(own)} ${pick(own)} ${pick(filler)}`,
      standfirst: '',
      bodyText: `${words.join(' ')}.`,
      tags: [],
      section: '',
      date: new Date(Date.UTC(2024, 0, 1 + (i % 300))),
      pinned: [],
      subject,
    };
  });
  return { articles, filler };
}
