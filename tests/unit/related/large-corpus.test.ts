import { describe, expect, it } from 'vitest';
import { findRelated } from '../../../src/lib/related/find-related.ts';
import { generatedSite } from '../../support/generated-site.ts';

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

const generate = (count: number) => generatedSite(count, { seed: 2024, subjects: Object.values(SUBJECTS), filler: FILLER, words: 40, ownShare: 0.6 }).articles;

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
