// Astro logs two events for every page a build writes: the page's path ("  ├─ /a/index.html",
// with no newline) and then its outcome (" (+8ms)", " (cached)" or " (restored)"). With four
// pages in flight the two halves of different pages interleave, and a site of 100,000 articles
// prints over a quarter of a million such lines. This folds them into a count per run of pages.
import type { AstroLoggerMessage } from 'astro';

/** What a log event says about a page: its path announced, or its outcome. */
export type PageEvent =
  { readonly kind: 'path'; readonly path: string } | { readonly kind: 'rendered'; readonly ms: number } | { readonly kind: 'kept' } | { readonly kind: 'restored' } | { readonly kind: 'empty' };

// Terminal colour codes, which Astro adds when the output is a terminal.
const COLOURS = /\u001b\[[0-9;]*m/g;
const PATH = /^\s*├─\s+(\S.*?)\s*$/;
const TIME = /^\s*\(\+(\d+(?:\.\d+)?)(ms|s|m)\)/;

function millisecondsOf(amount: string, unit: string): number {
  const value = Number(amount);
  return unit === 'ms' ? value : unit === 's' ? value * 1000 : value * 60_000;
}

/** Reads a log event (as Astro hands it to a destination) as one half of a page's line, or undefined when it is any other event. */
export function pageEventOf(event: AstroLoggerMessage): PageEvent | undefined {
  if (event.level !== 'info') return undefined;
  const text = event.message.replace(COLOURS, '');
  if (event.label === null && !event.newLine) {
    const path = PATH.exec(text);
    return path === null ? undefined : { kind: 'path', path: path[1] ?? '' };
  }
  if (event.label !== 'SKIP_FORMAT') return undefined;
  const time = TIME.exec(text);
  if (time !== null) return { kind: 'rendered', ms: millisecondsOf(time[1] ?? '0', time[2] ?? 'ms') };
  const trimmed = text.trim();
  if (trimmed === '(cached)') return { kind: 'kept' };
  if (trimmed === '(restored)') return { kind: 'restored' };
  if (trimmed.startsWith('(file not created')) return { kind: 'empty' };
  return undefined;
}

/** A page slower than this is counted apart, as Astro marks it in red. */
export const SLOW_PAGE_MS = 500;

/** The pages of one run of page lines, counted by outcome. */
export interface PageTally {
  pages: number;
  rendered: number;
  kept: number;
  restored: number;
  empty: number;
  slow: number;
  /** The slowest page's path and time, when any page was slow. */
  slowest?: { readonly path: string; readonly ms: number } | undefined;
}

/** An empty tally. */
export function emptyTally(): PageTally {
  return { pages: 0, rendered: 0, kept: 0, restored: 0, empty: 0, slow: 0 };
}

/**
 * Counts one page event into `tally`. A path counts a page; an outcome counts what became of
 * it. Which path an outcome belongs to is not known (pages interleave), so the slowest page is
 * named by the last path announced before its time: right when one page is in flight, a guess
 * otherwise, and said to be so.
 */
export function countPageEvent(tally: PageTally, event: PageEvent, lastPath: string): void {
  switch (event.kind) {
    case 'path':
      tally.pages++;
      return;
    case 'rendered':
      tally.rendered++;
      if (event.ms >= SLOW_PAGE_MS) {
        tally.slow++;
        if (tally.slowest === undefined || event.ms > tally.slowest.ms) tally.slowest = { path: lastPath, ms: event.ms };
      }
      return;
    case 'kept':
      tally.kept++;
      return;
    case 'restored':
      tally.restored++;
      return;
    case 'empty':
      tally.empty++;
      return;
  }
}

// Thousands grouped, the same on every machine.
const thousands = new Intl.NumberFormat('en-GB');

/** How many pages of a tally have had their outcome logged. */
export function pagesDone(tally: PageTally): number {
  return tally.rendered + tally.kept + tally.restored + tally.empty;
}

/** The one line that stands for a run of page lines, e.g. "12,558 files: 38 rendered, 12,520 kept from the last build". */
export function tallyLine(tally: PageTally): string {
  const parts = [`${thousands.format(tally.rendered)} rendered`];
  if (tally.kept > 0) parts.push(`${thousands.format(tally.kept)} kept from the last build`);
  if (tally.restored > 0) parts.push(`${thousands.format(tally.restored)} restored from Astro's copies`);
  if (tally.empty > 0) parts.push(`${thousands.format(tally.empty)} with an empty body, not written`);
  const slow = tally.slow === 0 ? '' : `; ${thousands.format(tally.slow)} took ${SLOW_PAGE_MS} ms or more, the slowest ${Math.round(tally.slowest?.ms ?? 0)} ms (around ${tally.slowest?.path ?? '?'})`;
  return `  ${thousands.format(tally.pages)} ${tally.pages === 1 ? 'file' : 'files'}: ${parts.join(', ')}${slow}`;
}
