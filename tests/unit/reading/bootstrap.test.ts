import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { TEXT_SIZE_KEY, TEXT_SIZES } from '../../../src/lib/reading/text-size.ts';
import { THEME_BOOTSTRAP_SCRIPT } from '../../../src/lib/theme-bootstrap.ts';

/** Runs the inline head script against a stand-in page and returns what it set on <html>. */
function runBootstrap(stored: Record<string, string>, browser: { speech?: boolean; storageThrows?: boolean } = {}): Record<string, string> {
  const dataset: Record<string, string> = {};
  const window: Record<string, unknown> = browser.speech === false ? {} : { speechSynthesis: {}, SpeechSynthesisUtterance: class {} };
  const localStorage = {
    getItem(key: string): string | null {
      if (browser.storageThrows) throw new Error('SecurityError');
      return stored[key] ?? null;
    },
  };
  const page: Record<string, unknown> = { window, document: { documentElement: { dataset } }, localStorage };
  runInNewContext(THEME_BOOTSTRAP_SCRIPT, page);
  // The script's own names stay inside it: a page's globals are left as they were.
  expect(Object.keys(page)).toEqual(['window', 'document', 'localStorage']);
  return dataset;
}

describe('the head script', () => {
  it.each(TEXT_SIZES.map((size) => [size] as const))('applies the stored text size %s (the default as no attribute)', (size) => {
    expect(runBootstrap({ [TEXT_SIZE_KEY]: size })['textSize']).toBe(size === 'default' ? undefined : size);
  });

  it.each([['huge'], ['LARGER'], ['']])('ignores a stored text size it does not know (%j)', (value) => {
    expect(runBootstrap({ [TEXT_SIZE_KEY]: value })).not.toHaveProperty('textSize');
  });

  it('applies the theme and the text size together', () => {
    expect(runBootstrap({ 'dispatch-theme': 'dark', [TEXT_SIZE_KEY]: 'largest' })).toEqual({ speech: '', theme: 'dark', textSize: 'largest' });
  });

  it('marks the page as able to speak only where both parts of the Web Speech API exist', () => {
    expect(runBootstrap({})).toEqual({ speech: '' });
    expect(runBootstrap({}, { speech: false })).toEqual({});
  });

  it('still marks speech where storage is refused (a private mode), applying no choice', () => {
    expect(runBootstrap({ [TEXT_SIZE_KEY]: 'larger' }, { storageThrows: true })).toEqual({ speech: '' });
  });
});
