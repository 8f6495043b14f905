import { THEME_KEY } from '../lib/reading/theme-choice.ts';

function effectiveTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Shows the theme button and makes it switch between light and dark, remembering the choice. */
export function bindThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const sync = () => button.setAttribute('aria-pressed', String(effectiveTheme() === 'dark'));
    button.hidden = false;
    sync();
    button.addEventListener('click', () => {
      const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // Private modes may refuse storage; the choice then lasts for this page only.
      }
      sync();
    });
  }
}
