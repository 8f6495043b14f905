import { formatDateTime, formatDateTimeInLanguage, formatDay, toZonedIso } from './dates.ts';
import { sameLanguage } from './i18n/language.ts';
import type { SiteConfig } from './site-config.ts';

/** A moment as pages show it: machine-readable with its offset, and as a reader reads it. */
export interface TimeView {
  readonly iso: string;
  readonly text: string;
  /** The language of `text` when it is not the site's (a date in an Arabic article). */
  readonly lang?: string;
}

/** A moment formatted in the site's time zone, never the machine's, in `language` (the site's unless an article is written in another). */
export function timeView(date: Date, site: SiteConfig, language: string = site.language): TimeView {
  const iso = toZonedIso(date, site.timeZone);
  if (sameLanguage(language, site.language)) return { iso, text: formatDateTime(date, site.timeZone, site.locale) };
  return { iso, text: formatDateTimeInLanguage(date, site.timeZone, language), lang: language };
}

/** A day as lists show it ("12 September 2023"), with the instant machine-readable. */
export function dayView(date: Date, site: SiteConfig): TimeView {
  return { iso: toZonedIso(date, site.timeZone), text: formatDay(date, site.timeZone) };
}
