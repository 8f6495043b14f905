import { describe, expect, it } from 'vitest';
import { findRelated, type RelatedInput } from '../../../src/lib/related/find-related.ts';
import { seededRandom } from '../../../src/lib/related/random.ts';

// A generated corpus big enough for the latent (LSI) model: stories about made-up subjects,
// each drawing words from its subject's vocabulary and from a shared pool of filler words.
const SUBJECTS: Record<string, string[]> = {
  harbour: 'ferry harbour pier tide lighthouse captain vessel dock mooring sailors quay cargo'.split(' '),
  orchard: 'apples orchard harvest pickers cider blossom frost growers pears ladders crates'.split(' '),
  robotics: 'robot sensors actuator firmware prototype engineers circuit battery gripper motors'.split(' '),
  theatre: 'stage actors rehearsal playwright curtain audience premiere costumes director script'.split(' '),
  glacier: 'glacier ice meltwater crevasse moraine climbers snowfield summit avalanche thaw'.split(' '),
};
const FILLER = 'week council people report plans local officials year town project early group public time'.split(' ');

const generate = (count: number): Array<RelatedInput & { subject: string }> => {
  const random = seededRandom(2024);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const subjects = Object.keys(SUBJECTS);
  return Array.from({ length: count }, (_, i) => {
    const subject = subjects[i % subjects.length]!;
    const own = SUBJECTS[subject]!;
    const words = Array.from({ length: 40 }, () => (random() < 0.6 ? pick(own) : pick(FILLER)));
    return {
      slug: `story-${String(i).padStart(4, '0')}`,
      title: `${pick(own)} ${pick(own)} ${pick(FILLER)}`,
      standfirst: '',
      bodyText: `${words.join(' ')}.`,
      tags: [],
      section: '',
      date: new Date(Date.UTC(2024, 0, 1 + (i % 300))),
      pinned: [],
      subject,
    };
  });
};

describe('findRelated on a site large enough for the latent model', () => {
  const corpus = generate(400);
  const subjectOf = new Map(corpus.map((a) => [a.slug, a.subject]));
  const related = findRelated(corpus);

  it('links nearly every story, and to stories on its own subject', () => {
    let links = 0;
    let onSubject = 0;
    let withLinks = 0;
    for (const a of corpus) {
      const list = related.get(a.slug) ?? [];
      if (list.length > 0) withLinks++;
      for (const l of list) {
        links++;
        if (subjectOf.get(l.slug) === a.subject) onSubject++;
        expect(l.slug).not.toBe(a.slug);
      }
      expect(list.length).toBeLessThanOrEqual(5);
    }
    expect(withLinks / corpus.length).toBeGreaterThan(0.95);
    expect(onSubject / links).toBeGreaterThan(0.95);
  });

  it('gives the same lists whatever the input order', () => {
    const reversed = findRelated([...corpus].reverse());
    expect([...reversed.entries()]).toEqual([...related.entries()]);
  });
});
