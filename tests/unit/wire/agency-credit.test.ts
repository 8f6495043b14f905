import { describe, expect, it } from 'vitest';
import { readAgencyCredit } from '../../../src/lib/wire/agency-credit.ts';

describe('readAgencyCredit', () => {
  it.each([
    ['AFP', 'AFP'],
    ['Reuters', 'Reuters'],
    ['REUTER', 'Reuters'],
    ['AP', 'AP'],
    ['PA Media', 'PA Media'],
    ['PA', 'PA Media'],
    ['Staff and agencies', 'Staff and agencies'],
    ['Guardian staff and agencies', 'Staff and agencies'],
    ['Agencies', 'Agencies'],
    ['dpa', 'dpa'],
    ['DPA', 'dpa'],
    ['ANSA', 'ANSA'],
    ['EFE', 'EFE'],
    ['Xinhua', 'Xinhua'],
    ['Kyodo', 'Kyodo'],
    ['Yonhap', 'Yonhap'],
    ['AFP/Reuters', 'AFP/Reuters'],
    ['afp / reuters', 'AFP/Reuters'],
    ['AFP and Reuters', 'AFP and Reuters'],
    ['AFP & AP', 'AFP and AP'],
    ['Reuters, AP', 'Reuters, AP'],
    ['— AFP', 'AFP'],
    ['– Reuters', 'Reuters'],
    ['- AP', 'AP'],
    ['(Reuters)', 'Reuters'],
    ['[AFP]', 'AFP'],
    ['AFP.', 'AFP'],
    ['With AFP', 'AFP'],
    ['Associated Press', 'AP'],
    ['Agence France-Presse', 'AFP'],
    ['Reuters contributed to this report.', 'Reuters'],
    ['  AFP  ', 'AFP'],
  ])('%j credits %s', (line, source) => {
    expect(readAgencyCredit(line)).toBe(source);
  });

  it.each([
    ['a sentence naming an agency', 'Reuters reported the result first.'],
    ['a quote attributed to an agency', 'The talks will resume in Rome, officials told AFP.'],
    ['a byline', 'Jane Doe'],
    ['a byline with an agency', 'Jane Doe, AFP'],
    ['a word that starts like an agency', 'Apple'],
    ['an agency glued to a word', 'AFPX'],
    ['two agencies without a joiner', 'AFP Reuters'],
    ['an empty line', ''],
    ['a dash alone', '—'],
  ])('%s is not a credit', (_name, line) => {
    expect(readAgencyCredit(line)).toBeUndefined();
  });
});
