import { describe, expect, it } from 'vitest';
import { findRelated, type RelatedInput } from '../../../src/lib/related/find-related.ts';
import { generatedSite } from '../../support/generated-site.ts';

// A generated site big enough for the latent (LSI) model.
const { articles: site, filler } = generatedSite(600);

function listsChangedBy(edit: (story: RelatedInput) => RelatedInput, which: number): number {
  const before = findRelated(site);
  const after = findRelated(site.map((story, i) => (i === which ? edit(story) : story)));
  let changed = 0;
  for (const [slug, links] of before) {
    if (slug === site[which]!.slug) continue;
    if (JSON.stringify(links.map((l) => [l.slug, l.reasons])) !== JSON.stringify(after.get(slug)?.map((l) => [l.slug, l.reasons]))) changed++;
  }
  return changed;
}

// An editor's correction touches one story; the other stories' related links should stay as
// they were (every page whose links change is rendered and deployed again), unless the
// correction really makes the story closer to theirs. This generated site is full of
// near-ties (twenty stories a subject, all alike), so some lists do move (more when common
// words gain a story: their weights change everywhere), but fewer than half; when the latent
// space's random start followed column positions, that edit moved nearly all of them, and
// one sentence moved most lists of a real archive.
describe('related links after one story is edited', () => {
  it.each([
    ['a sentence of words no other story uses', (s: RelatedInput) => ({ ...s, bodyText: `${s.bodyText} Zyxquv plorbwent snargle.` })],
    ['a sentence of filler words', (s: RelatedInput) => ({ ...s, bodyText: `${s.bodyText} ${filler.slice(0, 8).join(' ')}.` })],
    ['a corrected headline', (s: RelatedInput) => ({ ...s, title: `Corrected: ${s.title}` })],
  ])('leave most other stories alone when it gains %s', (_what, edit) => {
    for (const which of [5, 300, 599]) expect(listsChangedBy(edit, which)).toBeLessThan(site.length / 2);
  });
});
