import { describe, expect, it } from 'vitest';
import { tz } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { formatISO } from 'date-fns/formatISO';
import { daysInMonth, formatDateTime, formatDay, parseArticleDate, toZonedIso } from '../../src/lib/dates.ts';

const LONDON = 'Europe/London';

describe('parseArticleDate', () => {
  it.each([
    ['with offset, summer', '2023-09-12T21:00:00+01:00', '2023-09-12T20:00:00.000Z'],
    ['with Z', '2023-09-12T20:00:00Z', '2023-09-12T20:00:00.000Z'],
    ['with offset without colon', '2023-09-12T21:00:00+0100', '2023-09-12T20:00:00.000Z'],
    ['negative offset', '2023-09-12T16:00:00-04:00', '2023-09-12T20:00:00.000Z'],
    ['date alone is midnight in London (summer)', '2023-09-12', '2023-09-11T23:00:00.000Z'],
    ['date alone is midnight in London (winter)', '2024-01-15', '2024-01-15T00:00:00.000Z'],
    ['local time is London wall time', '2024-07-01T09:30', '2024-07-01T08:30:00.000Z'],
    ['leap day in a leap year', '2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['fractional seconds', '2023-09-12T20:00:00.250Z', '2023-09-12T20:00:00.250Z'],
  ])('reads %s', (_name, input, expected) => {
    const result = parseArticleDate(input, LONDON);
    expect(result.ok && result.date.toISOString()).toBe(expected);
  });

  it.each([
    ['February 30th', '2024-02-30', /calendar date.*29 days/],
    ['February 29th in a common year', '2023-02-29', /28 days/],
    ['April 31st', '2024-04-31', /30 days/],
    ['month 13', '2024-13-01', /no month 13/],
    ['day 0', '2024-01-00', /calendar date/],
    ['hour 24', '2024-01-01T24:00:00Z', /impossible time/],
    ['minute 60', '2024-01-01T10:60:00Z', /impossible time/],
    ['a date in words', 'next tuesday', /not an ISO 8601 date/],
    ['an English date', '12 September 2023', /not an ISO 8601 date/],
    ['slashes', '2023/09/12', /not an ISO 8601 date/],
    ['an offset beyond 14 hours', '2023-09-12T21:00:00+15:00', /impossible UTC offset/],
    ['a wall time skipped by the clocks going forward', '2024-03-31T01:30', /does not exist in Europe\/London/],
    ['a number', 20230912, /must be an ISO 8601 date/],
  ])('refuses %s without rolling over', (_name, input, message) => {
    const result = parseArticleDate(input, LONDON);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('reads a date alone in the configured zone, not the machine one', () => {
    const ny = parseArticleDate('2023-09-12', 'America/New_York');
    expect(ny.ok && ny.date.toISOString()).toBe('2023-09-12T04:00:00.000Z');
  });
});

describe('daysInMonth', () => {
  it.each([
    [2024, 2, 29], [2023, 2, 28], [1900, 2, 28], [2000, 2, 29], [2024, 4, 30], [2024, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('formatting in the site time zone', () => {
  const instant = new Date('2023-09-12T20:00:00Z');
  it.each([
    ['Europe/London', '2023-09-12T21:00:00+01:00', '12 September 2023, 21:00 BST', '12 September 2023'],
    ['Asia/Tokyo', '2023-09-13T05:00:00+09:00', '13 September 2023, 05:00 GMT+9', '13 September 2023'],
    ['America/New_York', '2023-09-12T16:00:00-04:00', '12 September 2023, 16:00 GMT-4', '12 September 2023'],
  ])('%s', (zone, iso, dateTime, day) => {
    expect(toZonedIso(instant, zone)).toBe(iso);
    expect(formatDateTime(instant, zone, 'en-GB')).toBe(dateTime);
    expect(formatDay(instant, zone)).toBe(day);
  });
});

describe('zoned formatting agrees with date-fns everywhere', () => {
  // The fast path reads the wall clock from one Intl call; date-fns is the reference.
  const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'UTC', 'Europe/Dublin', 'Africa/Casablanca'];
  const instants: Date[] = [];
  // Every two days and seven hours and a bit over four decades (crossing every daylight-saving
  // change), plus the minutes around one change: seconds and milliseconds vary too.
  for (let t = Date.UTC(1985, 0, 1); t < Date.UTC(2026, 0, 1); t += 55 * 3_600_000 + 7 * 60_000 + 13_457) instants.push(new Date(t));
  for (let t = Date.UTC(2024, 2, 31, 0, 0); t < Date.UTC(2024, 2, 31, 2, 0); t += 60_000) instants.push(new Date(t));

  it.each(zones)('in %s', (zone) => {
    const mismatches: string[] = [];
    for (const date of instants) {
      const expected = [formatISO(date, { in: tz(zone) }), format(date, 'd MMMM yyyy', { in: tz(zone) }), format(date, 'd MMMM yyyy, HH:mm', { in: tz(zone) })];
      const actual = [toZonedIso(date, zone), formatDay(date, zone), formatDateTime(date, zone, 'en-GB').replace(/ \S+$/, '')];
      if (actual.join('|') !== expected.join('|')) mismatches.push(`${date.toISOString()}: ${actual.join('|')} ≠ ${expected.join('|')}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
