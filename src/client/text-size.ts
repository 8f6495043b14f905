import { parseTextSize, TEXT_SIZE_KEY, type TextSize } from '../lib/reading/text-size.ts';

/**
 * Shows the text-size buttons and makes each set the article text's size, remembered for the
 * next page (the inline head script applies it before the first paint).
 */
export function bindTextSize(): void {
  const root = document.documentElement;
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-text-size-step]');
  const sync = () => {
    const current = parseTextSize(root.dataset['textSize']);
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset['textSizeStep'] === current));
  };
  const choose = (size: TextSize, button: HTMLElement) => {
    // The standfirst above the buttons grows or shrinks: scroll by as much, so the button
    // under the reader's finger stays where it was and only the text below it reflows.
    const before = button.getBoundingClientRect().top;
    if (size === 'default') delete root.dataset['textSize'];
    else root.dataset['textSize'] = size;
    window.scrollBy({ top: button.getBoundingClientRect().top - before, behavior: 'instant' });
    try {
      localStorage.setItem(TEXT_SIZE_KEY, size);
    } catch {
      // Private modes may refuse storage; the choice then lasts for this page only.
    }
    sync();
  };
  for (const button of buttons) button.addEventListener('click', () => choose(parseTextSize(button.dataset['textSizeStep']), button));
  sync();
}
