/** The slug rule of the content format: lower-case ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `value` obeys the slug rule. */
export function isValidSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

// Letters that Unicode decomposition does not reduce to ASCII.
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  '&': ' and ',
};

/** Turns any text (a headline, a file name) into a slug: ASCII, accents transliterated ("Zürich" → "zurich"). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøđðþłıħŧ&]/g, (ch) => TRANSLITERATIONS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The slug an article file gets from its name when front matter gives none, made to obey
 * the slug rule: `2023/Kim Jong-Un.md` → `kim-jong-un`. Empty when the name has no ASCII to keep.
 */
export function slugFromFileName(filePath: string): string {
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  return slugify(base.replace(/\.md$/i, ''));
}

/**
 * The longest slug an article, an alias, a topic or an author may have: it names a folder
 * of the built site and a URL, and 100 characters leave room within the 255 bytes a file
 * name may have and in a URL that readers share.
 */
export const MAX_SLUG_LENGTH = 100;
