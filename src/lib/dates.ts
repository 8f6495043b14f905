import { TZDate, tz as makeZone } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { formatISO } from 'date-fns/formatISO';

/** The result of reading a front-matter date: an instant, or why it is not one. */
export type DateParseResult = { ok: true; date: Date } | { ok: false; message: string };

// Strict ISO 8601 calendar date, optional time and optional offset. Anything else
// (words, slashes, week dates) is refused rather than guessed at.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * Reads an ISO 8601 date as the content format defines it: with an offset it is that
 * instant; without one (a date alone, or a local time) it is wall time in `timeZone`.
 * Impossible dates are errors, never rolled over.
 */
export function parseArticleDate(value: unknown, timeZone: string): DateParseResult {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { ok: false, message: 'is not a valid date' } : { ok: true, date: value };
  }
  if (typeof value !== 'string') {
    return { ok: false, message: `must be an ISO 8601 date such as 2023-09-12 or 2023-09-12T21:00:00+01:00, not ${describe(value)}` };
  }
  const text = value.trim();
  const match = ISO_DATE.exec(text);
  if (!match) {
    return { ok: false, message: `"${value}" is not an ISO 8601 date (write 2023-09-12 or 2023-09-12T21:00:00+01:00)` };
  }
  const [, y, mo, d, h, mi, s, frac, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millisecond = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  if (month < 1 || month > 12) return { ok: false, message: `"${value}" has no month ${mo}` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `"${value}" is not a calendar date: ${y}-${mo} has ${daysInMonth(year, month)} days` };
  }
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, message: `"${value}" has an impossible time of day` };
  if (offset !== undefined) {
    const offsetMinutes = parseOffset(offset);
    if (offsetMinutes === undefined) return { ok: false, message: `"${value}" has an impossible UTC offset ${offset}` };
    const utc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - offsetMinutes * 60_000;
    return { ok: true, date: new Date(utc) };
  }
  const local = new TZDate(year, month - 1, day, hour, minute, second, millisecond, timeZone);
  // A wall time skipped by a daylight-saving change does not exist; say so instead of shifting it.
  if (local.getDate() !== day || local.getHours() !== hour || local.getMinutes() !== minute) {
    return { ok: false, message: `"${value}" does not exist in ${timeZone} (clocks changed); give an offset` };
  }
  return { ok: true, date: new Date(local.getTime()) };
}

const zones = new Map<string, ReturnType<typeof makeZone>>();

/** The date-fns context of a time zone, made once per zone. */
function tz(timeZone: string): ReturnType<typeof makeZone> {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = makeZone(timeZone);
    zones.set(timeZone, zone);
  }
  return zone;
}

function parseOffset(offset: string): number | undefined {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  if (hours > 14 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  return `${typeof value} ${JSON.stringify(value)}`;
}

// Every page prints its article's dates and those of the stories it links to, so a big
// build formats the same instants over and over: remember each answer (a bounded cache,
// emptied when full, since zoned formatting costs far more than a lookup).
const formatted = new Map<string, string>();
const FORMATTED_LIMIT = 200_000;

function remember(key: string, make: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
    text = make();
    formatted.set(key, text);
  }
  return text;
}

/** ISO 8601 with the offset the site's time zone had at that instant, for `<time datetime>` and metadata. */
export function toZonedIso(date: Date, timeZone: string): string {
  return remember(`iso|${date.getTime()}|${timeZone}`, () => formatISO(date, { in: tz(timeZone) }));
}

/** A reader's date, e.g. "12 September 2023", in the site's time zone. */
export function formatDay(date: Date, timeZone: string): string {
  return remember(`day|${date.getTime()}|${timeZone}`, () => format(date, 'd MMMM yyyy', { in: tz(timeZone) }));
}

/** A reader's date and time, e.g. "12 September 2023, 21:00 BST", in the site's time zone. */
export function formatDateTime(date: Date, timeZone: string, locale: string): string {
  return remember(`time|${date.getTime()}|${timeZone}|${locale}`, () => `${format(date, 'd MMMM yyyy, HH:mm', { in: tz(timeZone) })} ${zoneAbbreviation(date, timeZone, locale)}`);
}

// Building an Intl formatter costs far more than using one, and a build formats every date
// of every page: keep one per locale and zone.
const zoneNameFormats = new Map<string, Intl.DateTimeFormat>();

/** The short name of the zone at that instant ("BST", "GMT", "EST"), as the locale writes it. */
export function zoneAbbreviation(date: Date, timeZone: string, locale: string): string {
  const key = `${locale}|${timeZone}`;
  let formatter = zoneNameFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
    zoneNameFormats.set(key, formatter);
  }
  return formatter.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** The calendar year and month (1–12) of an instant in the site's time zone. */
export function yearMonth(date: Date, timeZone: string): { year: number; month: number } {
  const zoned = new TZDate(date.getTime(), timeZone);
  return { year: zoned.getFullYear(), month: zoned.getMonth() + 1 };
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
