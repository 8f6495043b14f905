/**
 * The instant this build runs at: feeds and the news sitemap leave out what is published
 * after it. `DISPATCH_NOW` (ISO 8601) pins it, for tests and for rebuilding a past day.
 */
export const buildNow: Date = readNow(process.env['DISPATCH_NOW']);

function readNow(value: string | undefined): Date {
  if (value === undefined || value === '') return new Date();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`DISPATCH_NOW: "${value}" is not an ISO 8601 date and time`);
  return date;
}
