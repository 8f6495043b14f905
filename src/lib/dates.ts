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
// emptied when full, since zoned formatting costs far more than a lookup). Keyed by the
// instant's number under one map per kind and zone: no key string is built per lookup.
const formatted = new Map<string, Map<number, string>>();
const FORMATTED_LIMIT = 200_000;
let formattedCount = 0;

function remember(kind: string, date: Date, make: () => string): string {
  let byTime = formatted.get(kind);
  if (byTime === undefined) {
    byTime = new Map();
    formatted.set(kind, byTime);
  }
  const time = date.getTime();
  let text = byTime.get(time);
  if (text === undefined) {
    if (formattedCount >= FORMATTED_LIMIT) {
      for (const map of formatted.values()) map.clear();
      formattedCount = 0;
    }
    text = make();
    byTime.set(time, text);
    formattedCount++;
  }
  return text;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of an instant in a zone, and the zone's offset then in minutes. */
interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly offset: number;
}

/**
 * The wall clock in `timeZone` from one Intl call: several times cheaper than date-fns's zoned
 * formatting, which a big build does tens of thousands of times. Undefined where its fields
 * would not say what date-fns says (years before 1000, offsets of odd seconds in local mean
 * time): those go through date-fns.
 */
function wallClock(date: Date, timeZone: string): WallClock | undefined {
  let formatter = wallClockFormats.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short' });
    wallClockFormats.set(timeZone, formatter);
  }
  const fields: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) fields[part.type] = part.value;
  const [year, month, day, hour, minute, second] = [fields['year'], fields['month'], fields['day'], fields['hour'], fields['minute'], fields['second']].map(Number) as [number, number, number, number, number, number];
  if (fields['era'] !== 'AD' || !(year >= 1000)) return undefined;
  const wholeSeconds = Math.floor(date.getTime() / 1000) * 1000;
  const offset = (Date.UTC(year, month - 1, day, hour, minute, second) - wholeSeconds) / 60_000;
  return Number.isInteger(offset) ? { year, month, day, hour, minute, second, offset } : undefined;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** ISO 8601 with the offset the site's time zone had at that instant, for `<time datetime>` and metadata. */
export function toZonedIso(date: Date, timeZone: string): string {
  return remember(`iso|${timeZone}`, date, () => {
    const w = wallClock(date, timeZone);
    if (w === undefined) return formatISO(date, { in: tz(timeZone) });
    const offset = w.offset === 0 ? 'Z' : `${w.offset < 0 ? '-' : '+'}${two(Math.floor(Math.abs(w.offset) / 60))}:${two(Math.abs(w.offset) % 60)}`;
    return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}:${two(w.second)}${offset}`;
  });
}

/** A reader's date, e.g. "12 September 2023", in the site's time zone. */
export function formatDay(date: Date, timeZone: string): string {
  return remember(`day|${timeZone}`, date, () => {
    const w = wallClock(date, timeZone);
    return w === undefined ? format(date, 'd MMMM yyyy', { in: tz(timeZone) }) : `${w.day} ${MONTHS[w.month - 1]} ${w.year}`;
  });
}

/** A reader's date and time, e.g. "12 September 2023, 21:00 BST", in the site's time zone. */
export function formatDateTime(date: Date, timeZone: string, locale: string): string {
  return remember(`time|${timeZone}|${locale}`, date, () => {
    const w = wallClock(date, timeZone);
    const wall = w === undefined ? format(date, 'd MMMM yyyy, HH:mm', { in: tz(timeZone) }) : `${w.day} ${MONTHS[w.month - 1]} ${w.year}, ${two(w.hour)}:${two(w.minute)}`;
    return `${wall} ${zoneAbbreviation(date, timeZone, locale)}`;
  });
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
