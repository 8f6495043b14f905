/** The reader's text-size steps for article text, smallest first. */
export const TEXT_SIZES = ['smaller', 'default', 'larger', 'largest'] as const;

/** One step of the article text's size. */
export type TextSize = (typeof TEXT_SIZES)[number];

/** Where the reader's text size is kept (localStorage), beside the theme's key. */
export const TEXT_SIZE_KEY = 'dispatch-text-size';

/** The button label of each step: what a reader sees and what assistive technology names it. */
export const TEXT_SIZE_LABELS: Readonly<Record<TextSize, string>> = {
  smaller: 'Smaller',
  default: 'Default',
  larger: 'Larger',
  largest: 'Largest',
};

/** A stored or clicked value as a step: anything unknown (an old or edited value, nothing stored) is the default. */
export function parseTextSize(value: string | null | undefined): TextSize {
  return (TEXT_SIZES as readonly (string | null | undefined)[]).includes(value) ? (value as TextSize) : 'default';
}
