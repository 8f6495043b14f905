import { describe, expect, it } from 'vitest';
import { checkLanguageTag, languageAutonym, languageDirection, sameLanguage } from '../../../src/lib/i18n/language.ts';

describe('checkLanguageTag: BCP 47, canonical, and a language the site knows', () => {
  it.each([
    ['ar', 'ar'],
    ['AR', 'ar'],
    ['pt-br', 'pt-BR'],
    ['zh-hant', 'zh-Hant'],
    [' hi ', 'hi'],
    ['sr-Latn-RS', 'sr-Latn-RS'],
  ])('accepts %j as %s', (value, tag) => {
    expect(checkLanguageTag(value)).toEqual({ ok: true, tag });
  });

  it.each([
    ['en_GB', 'is not a BCP 47 language tag'],
    ['english', 'names no language this site knows'],
    ['', 'is not a BCP 47 language tag'],
    ['xx', 'names no language this site knows'],
    ['qaa', 'names no language this site knows'],
  ])('refuses %j: %s', (value, message) => {
    const checked = checkLanguageTag(value);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.message).toContain(message);
  });
});

describe('languageDirection: the page’s dir', () => {
  it.each([
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['yi', 'rtl'],
    ['dv', 'rtl'],
    ['ku-Arab', 'rtl'],
    ['ku', 'ltr'],
    ['hi', 'ltr'],
    ['en-GB', 'ltr'],
    ['zh-Hant', 'ltr'],
  ])('%s is written %s', (tag, dir) => {
    expect(languageDirection(tag)).toBe(dir);
  });
});

describe('languageAutonym and sameLanguage', () => {
  it.each([
    ['ar', 'العربية'],
    ['hi', 'हिन्दी'],
    ['de', 'Deutsch'],
  ])('%s is named %s by its readers', (tag, name) => {
    expect(languageAutonym(tag)).toBe(name);
  });

  it.each([
    ['en', 'en-GB', true],
    ['pt-BR', 'pt-PT', true],
    ['ar', 'en', false],
    ['en', 'en', true],
    ['zh-Hant', 'zh-Hans', true],
  ])('%s and %s: same language %s', (a, b, same) => {
    expect(sameLanguage(a, b)).toBe(same);
  });
});
