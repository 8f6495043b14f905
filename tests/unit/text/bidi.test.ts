import { describe, expect, it } from 'vitest';
import { balanceBidiControls, isolateBidi, needsBidiIsolation } from '../../../src/lib/text/bidi.ts';

const RLO = '\u202E';
const PDF = '\u202C';
const RLI = '\u2067';
const PDI = '\u2069';
const FSI = '\u2068';

describe('balanceBidiControls', () => {
  it.each([
    ['no controls', 'plain', 'plain'],
    ['an unclosed override is closed at the end', `Minister ${RLO}resigns`, `Minister ${RLO}resigns${PDF}`],
    ['a closed override stays as it is', `a ${RLO}b${PDF} c`, `a ${RLO}b${PDF} c`],
    ['a closer with nothing open is dropped', `a${PDF} b${PDI}`, 'a b'],
    ['an unclosed isolate is closed', `a ${RLI}b`, `a ${RLI}b${PDI}`],
    ['a PDI closes the overrides opened inside its isolate', `${RLI}x${RLO}y${PDI}z`, `${RLI}x${RLO}y${PDF}${PDI}z`],
    ['a PDF cannot close an override outside its isolate', `${RLO}a${RLI}b${PDF}${PDI}`, `${RLO}a${RLI}b${PDI}${PDF}`],
  ])('%s', (_, text, expected) => {
    expect(balanceBidiControls(text)).toBe(expected);
  });
});

describe('isolateBidi', () => {
  it('leaves left-to-right text alone', () => {
    expect(isolateBidi('Kim Jong-un in Russia')).toBe('Kim Jong-un in Russia');
    expect(needsBidiIsolation('Zürich 2024')).toBe(false);
  });
  it('isolates right-to-left text and text with controls', () => {
    expect(isolateBidi('قمة')).toBe(`${FSI}قمة${PDI}`);
    expect(isolateBidi(`x${RLO}y`)).toBe(`${FSI}x${RLO}y${PDF}${PDI}`);
  });
});
