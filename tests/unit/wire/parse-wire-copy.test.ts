import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWireCopy, type WireStory } from '../../../src/lib/wire/parse-wire-copy.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/wire', name), 'utf8');

function story(text: string): WireStory {
  const result = parseWireCopy(text);
  if (!result.ok) throw new Error(result.message);
  return result.story;
}

describe('parseWireCopy: the shape of wire copy', () => {
  it('reads one paragraph a line: headline, standfirst, repeated standfirst dropped, credit as source', () => {
    expect(story(fixture('one-per-line.txt'))).toEqual({
      headline: "Varnia's new ferry link to Soltria opens after two years of delays",
      standfirst: 'The first ferry between Ostrel and Kessa sailed on Monday morning, cutting the crossing to ninety minutes, the operator said.',
      paragraphs: [
        'About 300 passengers and 40 lorries were on board the Harbour Star when it left Ostrel at 07:10, twenty minutes late because of fog.',
        '“We waited a long time for this,” said Marta Keel, who runs a bakery in Kessa and travelled with her two children.',
        'The route had been due to open in 2022, but repairs to the quay at Kessa took longer than planned.',
      ],
      source: 'AFP',
    });
  });

  it('reads paragraphs separated by blank lines, joining wrapped lines with a space', () => {
    expect(story(fixture('blank-lines.txt'))).toEqual({
      headline: 'Grennick museum reopens with a hall of ship models',
      standfirst: 'The Grennick Maritime Museum reopened on Saturday after a two-year refit, with a new hall for its collection of ship models.',
      paragraphs: ["The museum's director, Tomas Ardel, said 4,000 people had booked tickets for the first weekend.", 'The refit cost 12 million crowns, most of it paid by the city council.'],
      source: 'Reuters',
    });
  });

  it('drops a first paragraph that repeats the standfirst with curly quotes and other spacing', () => {
    const parsed = story(fixture('curly-standfirst.txt'));
    expect(parsed.standfirst).toBe(`Ferrow's "quiet" draw with Ilsen left the title to the final round, organisers said.`);
    expect(parsed.paragraphs[0]).toBe('The last round starts on Sunday at noon.');
  });

  it('keeps a last paragraph that is a sentence naming an agency', () => {
    const parsed = story(fixture('curly-standfirst.txt'));
    expect(parsed.paragraphs.at(-1)).toBe('Reuters reported the result first.');
    expect(parsed.source).toBeUndefined();
  });

  it.each([
    ['curly for straight', `H\nHe said "no" and it's over.\nHe said “no” and it’s over.\nBody.`],
    ['straight for curly', `H\nHe said “no” and it’s over.\nHe said "no" and it's over.\nBody.`],
    ['different white space', 'H\nA  standfirst\there.\nA standfirst here.\nBody.'],
  ])('treats a repeat with %s as the standfirst', (_name, text) => {
    expect(story(text).paragraphs).toEqual(['Body.']);
  });

  it('keeps a first paragraph that differs from the standfirst in words', () => {
    expect(story('H\nKim went to Russia.\nKim went to Russia by train.\nBody.').paragraphs).toEqual(['Kim went to Russia by train.', 'Body.']);
  });

  it.each([
    ['a blank line after the headline only', 'H\n\nStandfirst.\nOne.\nTwo.\nAFP\n', ['One.', 'Two.']],
    ['a headline and standfirst in one block, paragraphs in blank-separated blocks', 'H\nStandfirst.\n\nOne\nwrapped.\n\nTwo.\n', ['One wrapped.', 'Two.']],
    ['trailing spaces and blank lines at both ends', '\n\n  H  \nStandfirst.   \nOne.  \n\n\n', ['One.']],
    ['no final line end', 'H\nStandfirst.\nOne.\nReuters', ['One.']],
  ])('reads %s', (_name, text, paragraphs) => {
    expect(story(text).headline).toBe('H');
    expect(story(text).standfirst).toBe('Standfirst.');
    expect(story(text).paragraphs).toEqual(paragraphs);
  });

  it('keeps no-break spaces as sent', () => {
    expect(story('H\nS.\nIt is 10\u00a0km away.').paragraphs).toEqual(['It is 10\u00a0km away.']);
  });

  it.each([
    ['an empty file', '', 'is empty'],
    ['a file of blank lines', '\n  \n\t\n', 'is empty'],
    ['a headline only', fixture('headline-only.txt'), 'has only a headline'],
    ['a headline and a standfirst', fixture('headline-standfirst.txt'), 'no story'],
    ['a standfirst repeated and nothing else', 'H\nS.\nS.\n', 'no story'],
    ['a standfirst and a credit', 'H\nS.\nAFP\n', 'no story'],
  ])('refuses %s', (_name, text, message) => {
    const result = parseWireCopy(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });
});
