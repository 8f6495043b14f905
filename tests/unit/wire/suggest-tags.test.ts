import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeWireText } from '../../../src/lib/wire/decode-wire-text.ts';
import { parseWireCopy, type WireStory } from '../../../src/lib/wire/parse-wire-copy.ts';
import { suggestTags } from '../../../src/lib/wire/suggest-tags.ts';

const SEED = join(import.meta.dirname, '../../../../shared/seed/kim-jong-un-in-russia.txt');

function seedStory(): WireStory {
  const decoded = decodeWireText(readFileSync(SEED));
  const parsed = decoded.ok ? parseWireCopy(decoded.text) : decoded;
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.story;
}

describe.skipIf(!existsSync(SEED))('suggestTags on the seed (skipped when ../shared/seed is absent)', () => {
  it('suggests the four tags the editor picked among its five, people named in full', () => {
    const tags = suggestTags(seedStory());
    expect(tags).toHaveLength(5);
    expect(tags).toEqual(expect.arrayContaining(['Kim Jong-un', 'Vladimir Putin', 'North Korea', 'Russia']));
  });

  it('merges variants instead of suggesting them again', () => {
    const tags = suggestTags(seedStory(), 20);
    for (const variant of ['Kim', 'Putin', 'Mr Putin', 'Mr Peskov', 'Peskov', 'Russian', 'North Korean', 'Kim Jong']) expect(tags).not.toContain(variant);
    expect(tags).toContain('Dmitry Peskov');
  });
});

describe('suggestTags', () => {
  const chess: WireStory = {
    headline: 'Mr Keel wins chess title in Germany',
    standfirst: 'Daniel Keel beat Sarah Ferrow in Berlin on Sunday, the German Chess Federation said.',
    paragraphs: [
      'Keel, 19, needed only a draw. Ms Ferrow said she was proud of her run.',
      'The next event will be held in Paris, France, in May, the German federation said.',
      'Mr Keel’s coach, Dr Maria Ostrel, said Keel would rest, Reuters reported.',
    ],
  };

  it('ranks the name in the headline and standfirst first, in full, without honorifics', () => {
    expect(suggestTags(chess)[0]).toBe('Daniel Keel');
    const all = suggestTags(chess, 20);
    expect(all).toContain('Sarah Ferrow');
    expect(all).toContain('Maria Ostrel');
    for (const variant of ['Keel', 'Mr Keel', 'Ferrow', 'Ms Ferrow', 'Dr Maria Ostrel']) expect(all).not.toContain(variant);
  });

  it('splits names a comma separates and keeps agencies out', () => {
    const all = suggestTags(chess, 20);
    expect(all).toEqual(expect.arrayContaining(['Paris', 'France', 'Germany']));
    expect(all).not.toContain('Paris France');
    expect(all).not.toContain('Reuters');
  });

  it('suggests at most five by default, and as many as asked', () => {
    expect(suggestTags(chess).length).toBeLessThanOrEqual(5);
    expect(suggestTags(chess, 2)).toHaveLength(2);
  });

  it('counts an all-capitals headline as confirming the names found below it, in its order', () => {
    const tags = suggestTags({
      headline: 'JAPAN RAISES RATES AS TOKYO MARKETS FALL',
      paragraphs: ['Officials in Tokyo said on Monday that Japan would act.', 'Traders in London were calm.'],
    });
    expect(tags).toEqual(['Japan', 'Tokyo', 'London']);
  });

  it('counts a place’s adjective as the place', () => {
    const tags = suggestTags({
      headline: 'Talks end',
      paragraphs: ['Russian state media said on Tuesday that Russia would not comment.', 'North Korean officials said North Korea was ready.'],
    });
    expect(tags).toEqual(['Russia', 'North Korea']);
  });

  it('drops legal forms from company names', () => {
    expect(suggestTags({ headline: 'Talks end', paragraphs: ['General Motors Corp said on Monday it had agreed terms with the union.'] })).toContain('General Motors');
  });

  it('suggests nothing for a story that names nothing', () => {
    expect(suggestTags({ headline: 'rain expected', paragraphs: ['it will rain later, forecasters said.'] })).toEqual([]);
  });
});
