import { dateTimeOf, dayOf, formatDateTimeInLanguage, wallClock, zonedIsoOf, type WallClock } from './dates.ts';
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
  return momentView(date, wallClock(date, site.timeZone), site, language);
}

// A moment's TimeView from its wall clock in the site's zone, read already.
function momentView(date: Date, wall: WallClock, site: SiteConfig, language: string): TimeView {
  const iso = zonedIsoOf(date, wall);
  if (sameLanguage(language, site.language)) return { iso, text: dateTimeOf(date, wall, site.timeZone, site.locale) };
  return { iso, text: formatDateTimeInLanguage(date, site.timeZone, language), lang: language };
}

/** The calendar year and month (1–12) of an instant in the site's time zone: its archive page. */
export interface CalendarMonth {
  readonly year: number;
  readonly month: number;
}

/** An article's publication as its page, the lists and the archive show it. */
export interface PublicationViews {
  readonly at: TimeView;
  readonly day: TimeView;
  readonly month: CalendarMonth;
}

/** timeView, the day as lists show it ("12 September 2023") and the month of one instant, from one reading of the zone's wall clock. */
export function publicationViews(date: Date, site: SiteConfig, language: string = site.language): PublicationViews {
  const wall = wallClock(date, site.timeZone);
  const at = momentView(date, wall, site, language);
  return { at, day: { iso: at.iso, text: dayOf(wall) }, month: { year: wall.year, month: wall.month } };
}
