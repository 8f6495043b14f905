// Scripts written right to left (ISO 15924), for engines without Intl.Locale's text info.
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Adlm', 'Arab', 'Aran', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/** A language tag checked against BCP 47 and the languages the runtime knows, or why it is refused. */
export type LanguageCheck = { ok: true; tag: string } | { ok: false; message: string };

/**
 * Checks a BCP 47 language tag and gives its canonical form (`pt-br` → `pt-BR`). A tag that is
 * well formed but names no language the runtime knows (`xx`, private use) is refused too: pages
 * would declare a language no browser, screen reader or search engine could act on.
 */
export function checkLanguageTag(value: string): LanguageCheck {
  let tag: string;
  try {
    [tag = ''] = Intl.getCanonicalLocales(value.trim());
  } catch {
    return { ok: false, message: `"${value}" is not a BCP 47 language tag (e.g. en, ar, hi, pt-BR, zh-Hant)` };
  }
  const language = new Intl.Locale(tag).language;
  if (new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(language) === undefined) {
    return { ok: false, message: `"${value}" names no language this site knows (e.g. en, ar, hi, pt-BR, zh-Hant)` };
  }
  return { ok: true, tag };
}

/** The direction a language is written in: `rtl` for Arabic, Hebrew, Persian, Urdu…, else `ltr`. */
export function languageDirection(tag: string): 'ltr' | 'rtl' {
  const script = new Intl.Locale(tag).maximize().script;
  return script !== undefined && RIGHT_TO_LEFT_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

/** A language's name as its own readers write it (`ar` → "العربية"), for links to a version in it. */
export function languageAutonym(tag: string): string {
  return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
}

/** True when two tags name the same language (`en` and `en-GB`), whose versions would not be translations. */
export function sameLanguage(a: string, b: string): boolean {
  // Equal tags need no parsing: nearly every date a page shows is asked about the site's own
  // language, and two Intl.Locale a date made this one of the build's costliest calls.
  return a === b || new Intl.Locale(a).language === new Intl.Locale(b).language;
}
