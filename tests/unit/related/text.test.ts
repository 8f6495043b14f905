import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/lib/related/entities.ts';
import { isShouting } from '../../../src/lib/related/name-words.ts';
import { termOf } from '../../../src/lib/related/term-of.ts';
import { tokenize } from '../../../src/lib/related/tokenize.ts';

describe('termOf', () => {
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['cats', 'cat'],
    ['agreed', 'agre'],
    ['hopping', 'hop'],
    ['elections', 'elect'],
    ['relational', 'relat'],
    ['happy', 'happi'],
    ['prices', 'price'],
    ['priced', 'price'],
    ['pricing', 'price'],
    ['as', ''],
    ['u.s', 'u.s'],
    ['1987', ''],
  ])('%s → %s', (word, expected) => {
    expect(termOf(word)).toBe(expected);
  });
});

describe('tokenize', () => {
  const terms = (text: string): string[] => tokenize(text).map((t) => t.term);

  it('drops stop words, numbers and one-letter words', () => {
    expect(terms('The 3 ministers said a 2023 budget vote is near')).toEqual(['minist', 'budget', 'vote']);
  });

  it('folds plurals and verb forms onto one term', () => {
    expect(new Set(terms('election elections elected'))).toEqual(new Set(['elect']));
  });

  it('keeps abbreviations whole, so "U.S." is not the pronoun "us"', () => {
    expect(terms('The U.S. told us')).toEqual(['u.s']);
  });

  it('drops possessive endings and keeps the word as written for display', () => {
    expect(tokenize("Putin's train")).toEqual([
      { term: 'putin', surface: 'Putin' },
      { term: 'train', surface: 'train' },
    ]);
  });

  it('splits hyphenated words into their parts', () => {
    expect(terms('far-east cross-border')).toEqual(['far', 'east', 'cross', 'border']);
  });

  it('reads accented and non-Latin letters as words', () => {
    expect(terms('Zürich café Москва')).toEqual(['zürich', 'café', 'москва']);
  });

  it('reads Chinese, which has no spaces, as overlapping character pairs', () => {
    expect(terms('北京天气')).toEqual(['北京', '京天', '天气']);
  });
});

describe('extractEntities', () => {
  const names = (text: string): string[] => extractEntities(text).map((e) => e.surface);

  it.each([
    ['Vladimir Putin met Kim Jong-un in the east.', ['Vladimir Putin', 'Kim Jong-un']],
    ['Officials at the Bank of England said so.', ['Bank of England']],
    ['It was President Vladimir Putin who spoke.', ['Vladimir Putin', 'President Vladimir Putin']],
    ['Syrian President Bashar al-Assad flew in.', ['Syrian President Bashar al-Assad', 'Bashar al-Assad']],
    ['Talks with North Korea, South Korea and Japan.', ['North Korea', 'South Korea']],
    ["North Korea's leader left on Monday.", ['North Korea']],
    ['Flights from New York to New Delhi resumed.', ['New York', 'New Delhi']],
    ['He left. Paris was quiet.', []],
    ['Mr Putin arrived on Tuesday.', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('gives lower-case keys for matching', () => {
    expect(extractEntities('North Korea')[0]).toEqual({ key: 'north korea', surface: 'North Korea' });
  });

  it('finds no names in text written in capitals, where casing means nothing', () => {
    expect(isShouting('BUNDESBANK SETS NEW TENDER')).toBe(true);
    expect(names('BUNDESBANK SETS NEW TENDER')).toEqual([]);
    expect(isShouting('Bundesbank sets new tender')).toBe(false);
  });
});
