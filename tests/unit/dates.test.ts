import { describe, expect, it } from 'vitest';
import { dateTimeOf, dayOf, daysInMonth, parseArticleDate, toZonedIso, wallClock } from '../../src/lib/dates.ts';
import { publicationViews } from '../../src/lib/time-view.ts';
import { testSite } from './content/site.ts';

const LONDON = 'Europe/London';

// An instant's day, and its day and time, as pages print them: one reading of the zone's clock each.
const formatDay = (date: Date, zone: string): string => dayOf(wallClock(date, zone));
const formatDateTime = (date: Date, zone: string, locale: string): string => dateTimeOf(date, wallClock(date, zone), zone, locale);

// The zone sweeps below format thousands of instants: seconds of work on a busy two-core
// machine, so they get more than Vitest's default five seconds (a safety net, not a timing check).
const SWEEP_TIMEOUT_MS = 60_000;

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
    ['hour 24', '2024-01-01T24:00:00Z', /has the hour 24: write 00:00 of the next day/],
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

  it.each([
    ['year 0099, which Date reads as 1999', '0099-01-01', LONDON, /has the year 0099, which is outside the years the site can date \(1000–9999\)/],
    ['year 0024 with an offset', '0024-06-01T10:00:00Z', LONDON, /has the year 0024/],
    ['year 0000', '0000-01-01', LONDON, /has the year 0000/],
    ['year 0999', '0999-12-31T23:59', LONDON, /has the year 0999/],
    ['a leap second', '2016-12-31T23:59:60Z', LONDON, /has a leap second \(:60\).*write :59/],
    ['an offset of +14:59', '2024-01-01T10:00+14:59', LONDON, /impossible UTC offset \+14:59/],
    ['an offset of -14:01', '2024-01-01T10:00-1401', LONDON, /impossible UTC offset -1401/],
    ['an offset of minutes 60', '2024-01-01T10:00+05:60', LONDON, /impossible UTC offset/],
    ['an offset that carries the date past 9999', '9999-12-31T23:00:00-02:00', LONDON, /falls after the year 9999 in UTC/],
    ['a wall time that is past 9999 in UTC', '9999-12-31T23:00', 'America/New_York', /falls after the year 9999 in UTC/],
  ])('refuses %s without shifting it', (_name, input, zone, message) => {
    const result = parseArticleDate(input, zone);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it.each([
    ['the first year', '1000-01-01T12:00:00Z', '1000-01-01T12:00:00.000Z'],
    ['the last instant', '9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['an offset of +14:00', '2024-01-01T10:00+14:00', '2023-12-31T20:00:00.000Z'],
    ['an offset of -12:00', '2024-01-01T10:00-12:00', '2024-01-01T22:00:00.000Z'],
    ['an offset of -00:00', '2024-01-01T10:00-00:00', '2024-01-01T10:00:00.000Z'],
  ])('reads %s', (_name, input, expected) => {
    const result = parseArticleDate(input, LONDON);
    expect(result.ok && result.date.toISOString()).toBe(expected);
  });

  it.each([
    // Local mean time: London was 1 min 15 s behind Greenwich before 1847, Dublin 25 min 21 s before 1916.
    ['London before railway time', '1800-01-01T10:00', LONDON, '1800-01-01T10:01:15.000Z'],
    ['Dublin Mean Time', '1900-01-01T10:00', 'Europe/Dublin', '1900-01-01T10:25:21.000Z'],
    ['Paris Mean Time', '1880-01-01T10:00', 'Europe/Paris', '1880-01-01T09:50:39.000Z'],
    ['Lisbon Mean Time', '1900-06-01T10:00', 'Europe/Lisbon', '1900-06-01T10:36:45.000Z'],
    ['the first of two 01:30s when the clocks go back', '2024-10-27T01:30', LONDON, '2024-10-27T00:30:00.000Z'],
    ['the day after Samoa skipped a day', '2011-12-31T00:00', 'Pacific/Apia', '2011-12-30T10:00:00.000Z'],
  ])('reads a wall time of %s as the instant the clocks showed it', (_name, input, zone, expected) => {
    const result = parseArticleDate(input, zone);
    expect(result.ok && result.date.toISOString()).toBe(expected);
  });

  it('refuses the day Samoa skipped', () => {
    expect(parseArticleDate('2011-12-30T12:00', 'Pacific/Apia')).toEqual({ ok: false, message: '"2011-12-30T12:00" does not exist in Pacific/Apia (clocks changed); give an offset' });
  });

  it.each([
    ['a date before the year 1000', new Date(Date.UTC(999, 0, 1)), false],
    ['an invalid date', new Date(Number.NaN), false],
    ['a date in range', new Date(Date.UTC(2024, 0, 1)), true],
  ])('checks %s given as a Date', (_name, input, ok) => {
    expect(parseArticleDate(input, LONDON).ok).toBe(ok);
  });

  it('echoes a long value cut short', () => {
    const result = parseArticleDate(`2024-01-01 ${'x'.repeat(10_000)}`, LONDON);
    expect(!result.ok && result.message.length).toBeLessThan(150);
  });

  it('reads a date alone in the configured zone, not the machine one', () => {
    const ny = parseArticleDate('2023-09-12', 'America/New_York');
    expect(ny.ok && ny.date.toISOString()).toBe('2023-09-12T04:00:00.000Z');
  });
});

describe('a wall time read back is the instant the clocks showed it', () => {
  // Every five days and seven hours and a bit from 1800 (local mean time) on, plus the hours
  // around changes of the clocks: reading the wall clock Intl gives must give the instant back,
  // or, where the clocks showed that time twice, the first time they did (Samoa lived 4 July
  // 1892 twice, when it moved across the date line).
  const zones = ['Europe/London', 'Europe/Dublin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Apia', 'America/Sao_Paulo', 'Africa/Casablanca'];
  const instants: number[] = [];
  for (let t = Date.UTC(1800, 0, 1); t < Date.UTC(2030, 0, 1); t += 127 * 3_600_000 + 7 * 60_000 + 13_000) instants.push(t);
  for (let t = Date.UTC(2024, 9, 26, 22); t < Date.UTC(2024, 9, 27, 4); t += 15 * 60_000) instants.push(t);
  for (let t = Date.UTC(2024, 10, 3, 3); t < Date.UTC(2024, 10, 3, 9); t += 15 * 60_000) instants.push(t);

  it.each(zones)(
    'in %s',
    (zone) => {
      const wall = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
      const mismatches: string[] = [];
      for (const time of instants) {
        const parts = Object.fromEntries(wall.formatToParts(time).map((part) => [part.type, part.value]));
        const written = `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}:${parts['second']}`;
        const result = parseArticleDate(written, zone);
        const read = result.ok ? result.date.getTime() : Number.NaN;
        const sameWall = result.ok && wall.format(result.date) === wall.format(time);
        if (!(read === time || (read < time && time - read <= 25 * 3_600_000 && sameWall)))
          mismatches.push(`${written}: ${result.ok ? result.date.toISOString() : result.message} ≠ ${new Date(time).toISOString()}`);
      }
      expect(mismatches.slice(0, 5)).toEqual([]);
    },
    SWEEP_TIMEOUT_MS,
  );

  it.each([
    ['Europe/Berlin', '2024-10-27T02:30', '2024-10-27T00:30:00.000Z'],
    ['America/New_York', '2024-11-03T01:30', '2024-11-03T05:30:00.000Z'],
    ['Australia/Lord_Howe', '2024-04-07T01:45', '2024-04-06T14:45:00.000Z'],
  ])('reads a time shown twice in %s as the first', (zone, written, expected) => {
    const result = parseArticleDate(written, zone);
    expect(result.ok && result.date.toISOString()).toBe(expected);
  });
});

describe('dates of local mean time print as the clocks showed them', () => {
  it.each([
    ['London', LONDON, '1800-01-01T10:00', '1 January 1800, 10:00', '1800-01-01T10:01:15Z'],
    ['Dublin', 'Europe/Dublin', '1900-01-01T10:00', '1 January 1900, 10:00', '1900-01-01T10:25:21Z'],
  ])('in %s', (_name, zone, written, shown, iso) => {
    const result = parseArticleDate(written, zone);
    if (!result.ok) throw new Error(result.message);
    expect(formatDateTime(result.date, zone, 'en-GB')).toMatch(new RegExp(`^${shown} `));
    expect(formatDay(result.date, zone)).toBe(shown.split(',')[0]);
    // ISO 8601 offsets have no seconds: the exact instant, in UTC.
    expect(toZonedIso(result.date, zone)).toBe(iso);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2024, 4, 30],
    [2024, 12, 31],
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

describe('dates of the first hours of the year 1000 print as the clocks showed them', () => {
  // West of Greenwich the wall clock still shows the year 999: the day is that one, and an
  // offset of local mean time (whole seconds) is given as the instant in UTC.
  it.each([
    ['America/New_York', '1000-01-01T00:00:00Z', '1000-01-01T00:00:00Z', '31 December 0999', '31 December 0999, 19:03 GMT-4:56:02', { year: 999, month: 12 }],
    [LONDON, '1000-01-01T00:00:00Z', '1000-01-01T00:00:00Z', '31 December 0999', '31 December 0999, 23:58 GMT-0:01:15', { year: 999, month: 12 }],
    ['Asia/Kolkata', '1000-01-01T10:00:00Z', '1000-01-01T10:00:00Z', '1 January 1000', '1 January 1000, 15:53 GMT+5:53:28', { year: 1000, month: 1 }],
    ['UTC', '0999-06-01T12:00:00Z', '0999-06-01T12:00:00Z', '1 June 0999', '1 June 0999, 12:00 UTC', { year: 999, month: 6 }],
  ])('in %s at %s', (zone, instant, iso, day, dateTime, month) => {
    const date = new Date(instant);
    expect(toZonedIso(date, zone)).toBe(iso);
    expect(formatDay(date, zone)).toBe(day);
    expect(formatDateTime(date, zone, 'en-GB')).toBe(dateTime);
    const { year: wallYear, month: wallMonth } = wallClock(date, zone);
    expect({ year: wallYear, month: wallMonth }).toEqual(month);
  });
});

describe('zoned formatting agrees with a second reading of the zone database everywhere', () => {
  // The fast path reads the wall clock from one Intl call; the reference reads the offset Intl
  // names ("GMT+05:30") and the wall clock as en-CA writes it (on these instants, date-fns gave
  // the same strings as this reference when it was the site's date library).
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  // One formatter a zone: making one per instant is what took the time of this test.
  const referenceFormats = new Map<string, Intl.DateTimeFormat>();
  const referenceFormat = (zone: string): Intl.DateTimeFormat => {
    const known = referenceFormats.get(zone);
    if (known !== undefined) return known;
    const options: Intl.DateTimeFormatOptions = {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    };
    const made = new Intl.DateTimeFormat('en-CA', options);
    referenceFormats.set(zone, made);
    return made;
  };
  const reference = (date: Date, zone: string): string[] => {
    const fields = Object.fromEntries(
      referenceFormat(zone)
        .formatToParts(date)
        .map((part) => [part.type, part.value]),
    );
    const named = (fields['timeZoneName'] ?? '').slice(3);
    const offset = named === '' || named === '+00:00' ? 'Z' : named;
    const day = `${Number(fields['day'])} ${MONTHS[Number(fields['month']) - 1]} ${fields['year']}`;
    return [
      `${fields['year']}-${fields['month']}-${fields['day']}T${fields['hour']}:${fields['minute']}:${fields['second']}${offset}`,
      day,
      `${day}, ${fields['hour']}:${fields['minute']}`,
      `${Number(fields['year'])}-${Number(fields['month'])}`,
    ];
  };
  const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'UTC', 'Europe/Dublin', 'Africa/Casablanca'];
  const instants: Date[] = [];
  // Every two days and seven hours and a bit over four decades (crossing every daylight-saving
  // change), plus the minutes around one change: seconds and milliseconds vary too.
  for (let t = Date.UTC(1985, 0, 1); t < Date.UTC(2026, 0, 1); t += 55 * 3_600_000 + 7 * 60_000 + 13_457) instants.push(new Date(t));
  for (let t = Date.UTC(2024, 2, 31, 0, 0); t < Date.UTC(2024, 2, 31, 2, 0); t += 60_000) instants.push(new Date(t));

  it.each(zones)(
    'in %s',
    (zone) => {
      const mismatches: string[] = [];
      for (const date of instants) {
        const expected = reference(date, zone);
        const { year, month } = wallClock(date, zone);
        const actual = [toZonedIso(date, zone), formatDay(date, zone), formatDateTime(date, zone, 'en-GB').replace(/ \S+$/, ''), `${year}-${month}`];
        if (actual.join('|') !== expected.join('|')) mismatches.push(`${date.toISOString()}: ${actual.join('|')} ≠ ${expected.join('|')}`);
        // An article's dates come from one reading of the wall clock (publicationViews): the same strings and month.
        const views = publicationViews(date, { ...testSite, timeZone: zone, locale: 'en-GB' });
        const shared = [views.at.iso, views.day.text, views.at.text.replace(/ \S+$/, ''), `${views.month.year}-${views.month.month}`];
        if (shared.join('|') !== expected.join('|') || views.day.iso !== views.at.iso) mismatches.push(`${date.toISOString()}, one reading: ${shared.join('|')} ≠ ${expected.join('|')}`);
      }
      expect(mismatches.slice(0, 5)).toEqual([]);
    },
    SWEEP_TIMEOUT_MS,
  );
});
