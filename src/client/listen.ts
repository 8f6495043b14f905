import { chooseVoice, speakableText } from '../lib/reading/speech.ts';

// The blocks read aloud, one utterance each: long utterances are cut off by some engines, and
// a block is what the highlight follows. Tables and code are left to the eye; footnotes are
// looked up, not heard after the story.
const BLOCKS = 'h2,h3,h4,h5,h6,p,li,figcaption';
const SKIPPED = '[data-footnotes],.sr-only,[aria-hidden="true"],table,pre';
const READING = 'reading-aloud';

/** The headline, the standfirst and the body's blocks of an article, in reading order. */
function blocksOf(article: HTMLElement): HTMLElement[] {
  const heads = [...article.querySelectorAll<HTMLElement>('.article-headline,.article-standfirst')];
  const body = [...article.querySelectorAll<HTMLElement>(`.article-body :is(${BLOCKS})`)].filter(
    // A list item's paragraphs are read with it, once.
    (block) => !block.closest(SKIPPED) && !block.parentElement?.closest(`.article-body :is(${BLOCKS})`),
  );
  return [...heads, ...body].filter((block) => speakableText(block.textContent ?? '') !== '');
}

/**
 * Shows the Listen controls where the browser can speak (Web Speech API, no network request
 * of ours) and reads the article aloud in its language, a block at a time, highlighting and
 * scrolling to the block being read. Listen turns into Pause and Resume; Stop ends it.
 */
export function bindListen(): void {
  const box = document.querySelector<HTMLElement>('[data-listen-controls]');
  const article = box?.closest<HTMLElement>('article');
  const play = box?.querySelector<HTMLButtonElement>('[data-listen-play]');
  const stopButton = box?.querySelector<HTMLButtonElement>('[data-listen-stop]');
  if (!box || !article || !play || !stopButton || !('speechSynthesis' in window && 'SpeechSynthesisUtterance' in window)) return;
  const synth = window.speechSynthesis;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  let blocks: HTMLElement[] = [];
  let current: SpeechSynthesisUtterance | undefined;
  let paused = false;

  const show = (label: 'Listen' | 'Pause' | 'Resume') => {
    play.textContent = label;
    stopButton.hidden = label === 'Listen';
  };
  const mark = (block?: HTMLElement) => {
    for (const other of article.querySelectorAll(`.${READING}`)) other.classList.remove(READING);
    block?.classList.add(READING);
  };
  const stop = () => {
    current = undefined;
    paused = false;
    synth.cancel();
    mark();
    show('Listen');
  };
  const speak = (index: number) => {
    const block = blocks[index];
    if (!block) {
      stop();
      return;
    }
    // The article's language, or a block's own (a quotation in another language), from the page.
    const lang = block.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
    const utterance = new SpeechSynthesisUtterance(speakableText(block.textContent ?? ''));
    utterance.lang = lang;
    const voice = chooseVoice(synth.getVoices(), lang);
    if (voice) utterance.voice = voice;
    // Stop ends the utterance too (as an error, "canceled"): only the one still current acts.
    utterance.onend = () => {
      if (current === utterance) speak(index + 1);
    };
    // An engine that cannot speak this one (no such language, a lost connection) will not do better with the next.
    utterance.onerror = () => {
      if (current === utterance) stop();
    };
    current = utterance;
    mark(block);
    block.scrollIntoView({ block: 'nearest', behavior: reduceMotion.matches ? 'instant' : 'smooth' });
    synth.speak(utterance);
  };

  play.addEventListener('click', () => {
    if (!current) {
      blocks = blocksOf(article);
      // A reading left over from another page of this tab would queue ahead of ours, and some
      // engines stay paused after a cancel while paused: start clean either way.
      synth.cancel();
      synth.resume();
      show('Pause');
      speak(0);
    } else if (paused) {
      paused = false;
      synth.resume();
      show('Pause');
    } else {
      paused = true;
      synth.pause();
      show('Resume');
    }
  });
  stopButton.addEventListener('click', () => {
    stop();
    // The Stop button hides itself: the keyboard goes back to Listen, not to the page's top.
    play.focus();
  });
  // Leaving the page ends the reading; a page restored from the back/forward cache starts idle.
  window.addEventListener('pagehide', () => {
    if (current) stop();
  });
  box.hidden = false;
}
