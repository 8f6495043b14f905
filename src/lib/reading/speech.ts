/** What choosing a voice needs to know of one (the Web Speech API's SpeechSynthesisVoice has these). */
export interface VoiceLike {
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
}

// Engines spell tags `en-GB`, `en_GB` or `EN-gb`; BCP 47 compares them case-blind.
const normalise = (tag: string): string => tag.trim().replaceAll('_', '-').toLowerCase();
const primary = (tag: string): string => normalise(tag).split('-')[0] ?? '';

/**
 * The voice to read text in `lang` with: one of that language, on the device before one the
 * browser reaches over the network, then the region's, then the browser's default among
 * equals. Undefined when no voice speaks the language, so the engine picks by `lang` alone.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const wanted = normalise(lang);
  const language = primary(lang);
  if (language === '') return undefined;
  let best: V | undefined;
  let bestScore = -1;
  for (const voice of voices) {
    const tag = normalise(voice.lang);
    const match = tag === wanted ? 2 : primary(tag) === language ? 1 : 0;
    if (match === 0) continue;
    // A voice on the device sends no text anywhere: it outranks a better region over the network.
    const score = (voice.localService ? 4 : 0) + (match === 2 ? 2 : 0) + (voice.default ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}

/** A block's text as it should be spoken: whitespace from the HTML's layout collapsed, ends trimmed. */
export function speakableText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
