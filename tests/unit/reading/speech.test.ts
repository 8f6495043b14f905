import { describe, expect, it } from 'vitest';
import { chooseVoice, speakableText, type VoiceLike } from '../../../src/lib/reading/speech.ts';

interface Voice extends VoiceLike {
  readonly name: string;
}
const voice = (name: string, lang: string, localService = true, isDefault = false): Voice => ({ name, lang, localService, default: isDefault });

const VOICES: readonly Voice[] = [
  voice('English (US), on the device, default', 'en-US', true, true),
  voice('English (UK), online', 'en-GB', false),
  voice('French (France)', 'fr-FR'),
  voice('French (Canada)', 'fr_CA'),
  voice('Arabic, online', 'ar-SA', false),
  voice('Hindi, online', 'hi-IN', false),
  voice('Hindi, on the device', 'HI-in'),
];

describe('chooseVoice', () => {
  it.each([
    // A voice on the device before a closer region over the network: no text leaves the device.
    ['en-GB', 'English (US), on the device, default'],
    ['en', 'English (US), on the device, default'],
    ['fr-CA', 'French (Canada)'],
    ['fr-ca', 'French (Canada)'],
    ['fr', 'French (France)'],
    ['fr-BE', 'French (France)'],
    // Only a voice over the network speaks the language: better than the wrong language.
    ['ar', 'Arabic, online'],
    ['ar-EG', 'Arabic, online'],
    ['hi', 'Hindi, on the device'],
    ['  hi-IN ', 'Hindi, on the device'],
  ])('reads %j with %s', (lang, name) => {
    expect(chooseVoice(VOICES, lang)?.name).toBe(name);
  });

  it.each([['de'], ['he-IL'], [''], ['-']])('leaves %j to the engine when no voice speaks it', (lang) => {
    expect(chooseVoice(VOICES, lang)).toBeUndefined();
  });

  it('picks nothing from no voices (an engine still loading its list)', () => {
    expect(chooseVoice([], 'en')).toBeUndefined();
  });

  it('prefers the region, then the browser default, among voices on the device', () => {
    const voices = [voice('US', 'en-US'), voice('UK', 'en-GB'), voice('UK default', 'en-GB', true, true)];
    expect(chooseVoice(voices, 'en-GB')?.name).toBe('UK default');
    expect(chooseVoice(voices, 'en-IE')?.name).toBe('UK default');
    expect(chooseVoice(voices.slice(0, 2), 'en-IE')?.name).toBe('US');
  });
});

describe('speakableText', () => {
  it.each([
    ['  The dam held.\n  ', 'The dam held.'],
    ['Water rose\n\t\tthrough the night.', 'Water rose through the night.'],
    ['\u00a0', ''],
    ['', ''],
  ])('speaks %j as %j', (text, spoken) => {
    expect(speakableText(text)).toBe(spoken);
  });
});
