// Every Intl date formatter the site uses, made once per (kind, locale, zone): building an
// Intl.DateTimeFormat costs far more than using one, and a build formats every date of every page.

const OPTIONS = {
  /** Every field of the wall clock as plain numbers, 00–23 hours, with the era (years before 1 are BC). */
  wallClock: { hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short' },
  /** The zone's short name ("BST", "GMT+9"). */
  zoneName: { timeZoneName: 'short' },
  /** "September 2023". */
  monthYear: { month: 'long', year: 'numeric' },
  /** A day and time as a language writes them ("12 سبتمبر 2023 في 21:00 غرينتش+1"), for articles in other languages. */
  dayTime: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** The kinds of date formatter the site uses. */
export type DateFormatKind = keyof typeof OPTIONS;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The Intl formatter of a kind for a locale and an IANA time zone, made on first use; throws a RangeError for a zone the runtime does not know. */
export function dateFormat(kind: DateFormatKind, locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { ...OPTIONS[kind], timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}
