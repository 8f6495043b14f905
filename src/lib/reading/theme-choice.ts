/** Where the reader's choice of theme is kept (localStorage): read by the head script, written by the theme button. */
export const THEME_KEY = 'dispatch-theme';
