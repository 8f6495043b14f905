import type { RelatedInput } from '../../src/lib/related/find-related.ts';
import { seededRandom } from '../../src/lib/related/random.ts';

/**
 * A generated site big enough for the related-links engine's latent (LSI) model, with a
 * vocabulary wide enough to fill its columns: 30 subjects of 25 made-up words each, and 300
 * shared filler words (returned too, for edits that add common words); the same `seed` gives
 * the same site.
 */
export function generatedSite(count: number, seed = 7): { articles: RelatedInput[]; filler: string[] } {
  const random = seededRandom(seed);
  const word = (): string => Array.from({ length: 3 + Math.floor(random() * 5) }, () => 'abcdefghijklmnoprstuvwy'[Math.floor(random() * 23)]).join('');
  const subjects = Array.from({ length: 30 }, () => Array.from({ length: 25 }, word));
  const filler = Array.from({ length: 300 }, word);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const articles = Array.from({ length: count }, (_, i): RelatedInput => {
    const own = subjects[i % subjects.length]!;
    const words = Array.from({ length: 60 }, () => (random() < 0.5 ? pick(own) : pick(filler)));
    return {
      slug: `story-${String(i).padStart(4, '0')}`,
      title: `${pick(own)} ${pick(own)} ${pick(filler)}`,
      standfirst: '',
      bodyText: `${words.join(' ')}.`,
      tags: [],
      section: '',
      date: new Date(Date.UTC(2024, 0, 1 + (i % 300))),
      pinned: [],
    };
  });
  return { articles, filler };
}
