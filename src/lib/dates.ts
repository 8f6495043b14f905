import { dateFormat } from './date-format.ts';
import { quoteForMessage } from './text/quote-for-message.ts';

/** The result of reading a front-matter date: an instant, or why it is not one. */
export type DateParseResult = { ok: true; date: Date } | { ok: false; message: string };

/**
 * The years an article may be dated: four digits, as ISO 8601 writes them without the
 * expanded form, and as feeds and sitemaps need them. JavaScript reads years 0–99 as 1900–1999
 * and prints years past 9999 as `+010000`, so outside this range a date would not be the one
 * written; and no news article predates the year 1000 except by a typo (`0224` for `2024`).
 */
export const DATE_YEARS = { first: 1000, last: 9999 } as const;

// The first instant after the range, in UTC: an offset must not carry a date past it.
const END_OF_RANGE = Date.UTC(DATE_YEARS.last + 1, 0, 1);
const DAY = 86_400_000;
// UTC offsets in use run from -12:00 to +14:00: one beyond 14 hours either way is a typo.
const MAX_OFFSET_MINUTES = 14 * 60;

// Strict ISO 8601 calendar date, optional time and optional offset. Anything else
// (words, slashes, week dates) is refused rather than guessed at.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * Reads an ISO 8601 date as the content format defines it: with an offset it is that
 * instant; without one (a date alone, or a local time) it is wall time in `timeZone`.
 * Impossible dates are errors, never rolled over, and so are dates outside DATE_YEARS.
 * A wall time the clocks show twice (when they go back) is the first of the two.
 */
export function parseArticleDate(value: unknown, timeZone: string): DateParseResult {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, message: 'is not a valid date' };
    const year = value.getUTCFullYear();
    if (year < DATE_YEARS.first || year > DATE_YEARS.last) return { ok: false, message: `${value.toISOString()} ${outsideYears}` };
    return { ok: true, date: value };
  }
  if (typeof value !== 'string') {
    return { ok: false, message: `must be an ISO 8601 date such as 2023-09-12 or 2023-09-12T21:00:00+01:00, not ${describe(value)}` };
  }
  const text = value.trim();
  const shown = quoteForMessage(value);
  const match = ISO_DATE.exec(text);
  if (!match) {
    return { ok: false, message: `${shown} is not an ISO 8601 date (write 2023-09-12 or 2023-09-12T21:00:00+01:00)` };
  }
  const [, y, mo, d, h, mi, s, frac, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millisecond = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  if (year < DATE_YEARS.first) return { ok: false, message: `${shown} has the year ${y}, which ${outsideYears}` };
  if (month < 1 || month > 12) return { ok: false, message: `${shown} has no month ${mo}` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `${shown} is not a calendar date: ${y}-${mo} has ${daysInMonth(year, month)} days` };
  }
  // JavaScript would roll 24:00 over to the next day and a leap second to the next minute.
  if (hour === 24) return { ok: false, message: `${shown} has the hour 24: write 00:00 of the next day` };
  if (second === 60) return { ok: false, message: `${shown} has a leap second (:60), which dates on the web cannot carry: write :59` };
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, message: `${shown} has an impossible time of day` };
  let time: number | undefined;
  if (offset !== undefined) {
    const offsetMinutes = parseOffset(offset);
    if (offsetMinutes === undefined) return { ok: false, message: `${shown} has an impossible UTC offset ${offset} (an offset is at most 14 hours either way)` };
    time = Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - offsetMinutes * 60_000;
  } else {
    time = zonedInstant([year, month, day, hour, minute, second], millisecond, timeZone);
    // A wall time skipped by a daylight-saving change does not exist; say so instead of shifting it.
    if (time === undefined) return { ok: false, message: `${shown} does not exist in ${timeZone} (clocks changed); give an offset` };
  }
  if (time >= END_OF_RANGE) return { ok: false, message: `${shown} falls after the year ${DATE_YEARS.last} in UTC, which ${outsideYears}` };
  return { ok: true, date: new Date(time) };
}

const outsideYears = `is outside the years the site can date (${DATE_YEARS.first}–${DATE_YEARS.last})`;

type WallFields = readonly [year: number, month: number, day: number, hour: number, minute: number, second: number];

/**
 * The instant at which the clocks in `timeZone` show that wall time, from the offsets in force
 * a day before and a day after it (the two sides of any change of the clocks); the earlier of
 * two when the clocks show it twice; undefined when they skip it. Read from Intl, the zone
 * database itself, to the second: date libraries read local mean time west of Greenwich wrong
 * (@date-fns/tz put London before 1847 2½ minutes off, Dublin before 1916 51 minutes off).
 */
function zonedInstant(wall: WallFields, millisecond: number, timeZone: string): number | undefined {
  const [year, month, day, hour, minute, second] = wall;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const before = wallClock(new Date(asUtc - DAY), timeZone).offset;
  const after = wallClock(new Date(asUtc + DAY), timeZone).offset;
  const candidates = before === after ? [asUtc - before] : [asUtc - before, asUtc - after].sort((a, b) => a - b);
  for (const time of candidates) {
    const w = wallClock(new Date(time), timeZone);
    if (w.year === year && w.month === month && w.day === day && w.hour === hour && w.minute === minute && w.second === second) {
      return time + millisecond;
    }
  }
  return undefined;
}

function parseOffset(offset: string): number | undefined {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  if (minutes > 59 || hours * 60 + minutes > MAX_OFFSET_MINUTES) return undefined;
  return sign * (hours * 60 + minutes);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return `${String(value)} (true/false)`;
  return Array.isArray(value) ? 'a list' : `${typeof value === 'object' ? 'a map' : typeof value}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The wall clock of an instant in a zone, and the zone's offset then. */
export interface WallClock {
  /** Astronomical: 0 is 1 BC. */
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** In milliseconds, whole seconds: local mean time (London before 1847) had odd ones. */
  readonly offset: number;
}

/**
 * The wall clock in `timeZone` from one Intl call (the zone database itself, right to the
 * second in local mean time), for every instant a Date holds. Read it once for an instant
 * that is printed several ways (its ISO form, its day, its month): each read is the costly part.
 */
export function wallClock(date: Date, timeZone: string): WallClock {
  const fields: Record<string, string> = {};
  for (const part of dateFormat('wallClock', 'en-US', timeZone).formatToParts(date)) fields[part.type] = part.value;
  const [eraYear, month, day, hour, minute, second] = [fields['year'], fields['month'], fields['day'], fields['hour'], fields['minute'], fields['second']].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const year = fields['era'] === 'BC' ? 1 - eraYear : eraYear;
  // Date.UTC reads the years 0–99 as 1900–1999: set the year on its own.
  const wall = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  wall.setUTCFullYear(year, month - 1, day);
  const wholeSeconds = Math.floor(date.getTime() / 1000) * 1000;
  return { year, month, day, hour, minute, second, offset: wall.getTime() - wholeSeconds };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A year as ISO 8601 writes it: four digits at least, a minus sign before the year 0. */
const isoYear = (year: number): string => (year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0'));

/** A year as a reader reads it: four digits at least, counted back from 1 before the year 1 (the era is not shown). */
const readerYear = (year: number): string => String(year > 0 ? year : 1 - year).padStart(4, '0');

/** ISO 8601 with the offset the site's time zone had at that instant, for `<time datetime>` and metadata. */
export function toZonedIso(date: Date, timeZone: string): string {
  return zonedIsoOf(date, wallClock(date, timeZone));
}

/** toZonedIso from the instant's wall clock (`wallClock(date, timeZone)`), read already. */
export function zonedIsoOf(date: Date, w: WallClock): string {
  // ISO 8601 offsets have no seconds: an instant of local mean time is given in UTC, exactly.
  if (w.offset % 60_000 !== 0)
    return `${isoYear(date.getUTCFullYear())}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}T${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}Z`;
  const minutes = Math.abs(w.offset) / 60_000;
  const offset = w.offset === 0 ? 'Z' : `${w.offset < 0 ? '-' : '+'}${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
  return `${isoYear(w.year)}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}:${two(w.second)}${offset}`;
}

/** A reader's date, e.g. "12 September 2023", from the instant's wall clock in the site's time zone. */
export function dayOf(w: WallClock): string {
  return `${w.day} ${MONTHS[w.month - 1]} ${readerYear(w.year)}`;
}

/** A reader's date and time, e.g. "12 September 2023, 21:00 BST", from the instant's wall clock in `timeZone`. */
export function dateTimeOf(date: Date, w: WallClock, timeZone: string, locale: string): string {
  return `${dayOf(w)}, ${two(w.hour)}:${two(w.minute)} ${zoneAbbreviation(date, timeZone, locale)}`;
}

/**
 * A reader's date and time in another language (`ar`, `hi`), as that language writes them, in
 * the site's time zone: for articles written in it. Intl carries every language's month names
 * and word order, which the site's own English formatting above does not try to.
 */
export function formatDateTimeInLanguage(date: Date, timeZone: string, language: string): string {
  return dateFormat('dayTime', language, timeZone).format(date);
}

/** The short name of the zone at that instant ("BST", "GMT", "EST"), as the locale writes it. */
export function zoneAbbreviation(date: Date, timeZone: string, locale: string): string {
  return (
    dateFormat('zoneName', locale, timeZone)
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  );
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    dateFormat('wallClock', 'en-US', timeZone);
    return true;
  } catch {
    return false;
  }
}
