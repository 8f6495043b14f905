import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../src/lib/wire/read-dateline.ts';

describe('readDateline: the place wire copy opens with', () => {
  it.each([
    ['a place in capitals and a dash', 'SEOUL — North Korea fired a missile.', { place: 'SEOUL', rest: 'North Korea fired a missile.' }],
    ['a hyphen, as agencies type it', 'KESTRIN - The dam held overnight.', { place: 'KESTRIN', rest: 'The dam held overnight.' }],
    ['two hyphens', 'PORT ELLIS -- Ferries resumed.', { place: 'PORT ELLIS', rest: 'Ferries resumed.' }],
    ['a place with its region', 'WASHINGTON, D.C. — The Senate voted.', { place: 'WASHINGTON, D.C.', rest: 'The Senate voted.' }],
    ['a date and an agency, Reuters style', 'MOSCOW, Sept 12 (Reuters) - Talks began.', { place: 'MOSCOW', agency: 'Reuters', rest: 'Talks began.' }],
    ['a date with its year', 'GENEVA, 3 March 2024 (AFP) — Delegates met.', { place: 'GENEVA', agency: 'AFP', rest: 'Delegates met.' }],
    ['a place as written with its agency, AFP style', 'Seoul (AFP) - Kim left.', { place: 'Seoul', agency: 'AFP', rest: 'Kim left.' }],
    ['an AP dateline with a region', 'SEOUL, South Korea (AP) — Kim left.', { place: 'SEOUL, South Korea', agency: 'AP', rest: 'Kim left.' }],
    ['a place in another script’s capitals', 'ΑΘΗΝΑ — Η κυβέρνηση…', { place: 'ΑΘΗΝΑ', rest: 'Η κυβέρνηση…' }],
    ['a quote after the dash', 'SEOUL — “We are ready,” he said.', { place: 'SEOUL', rest: '“We are ready,” he said.' }],
  ])('reads %s', (_name, paragraph, expected) => {
    expect(readDateline(paragraph)).toEqual(expected);
  });

  it.each([
    ['a sentence with no dateline', 'Flanked by uniformed defence officials, the leader arrived.'],
    ['an acronym opening a sentence', 'UN - the body met on Tuesday.'],
    ['a name and a dash in a sentence', 'Kim Jong-un - who arrived by train - met officials.'],
    ['a mixed-case place without an agency', 'Seoul - The talks began.'],
    ['an agency we do not know, in mixed case', 'Seoul (Somebody) - The talks began.'],
    ['a dash followed by lower case', 'SEOUL - and then the talks began.'],
    ['capitals inside a sentence', 'The BBC — and others — said so.'],
  ])('leaves alone %s', (_name, paragraph) => {
    expect(readDateline(paragraph)).toBeUndefined();
  });
});
