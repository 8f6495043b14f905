// The build's log destination (Astro's Logger API, `logger` in astro.config.mjs): everything
// Astro and the integration log is written as Astro's own Node destination writes it, but the
// two lines Astro logs for every page are folded into one count per run of pages, with a line
// of progress every PROGRESS_EVERY pages. Astro loads it by its path and calls the default export.
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination from 'astro/logger/node';
import { countPageEvent, emptyTally, pagesDone, pageEventOf, tallyLine, type PageTally } from './page-lines.ts';

/** How the build's log is written: `everyPage` keeps Astro's line for each page. */
export interface BuildLogOptions {
  readonly everyPage?: boolean;
}

// Often enough to see a long build move, rarely enough that 100,000 pages make a screenful.
const PROGRESS_EVERY = 10_000;

/** A destination that folds Astro's page lines, writing everything else through `write`. */
export function foldingDestination(write: (event: AstroLoggerMessage) => void): AstroLoggerDestination {
  let tally: PageTally = emptyTally();
  let lastPath = '';
  const line = (message: string): void => write({ label: null, level: 'info', message, newLine: true });
  const flush = (): void => {
    if (tally.pages === 0 && pagesDone(tally) === 0) return;
    line(tallyLine(tally));
    tally = emptyTally();
  };
  return {
    write(event) {
      const page = pageEventOf(event);
      if (page === undefined) {
        flush();
        write(event);
        return;
      }
      if (page.kind === 'path') lastPath = page.path;
      countPageEvent(tally, page, lastPath);
      // Counted when a page is done, so that the line adds up.
      if (page.kind !== 'path' && pagesDone(tally) % PROGRESS_EVERY === 0) line(`  … ${tallyLine({ ...tally, pages: pagesDone(tally) }).trim()} so far`);
    },
    flush,
    close: flush,
  };
}

/** Astro's entry point: the build log, folded unless `everyPage` is set. */
export default function buildLog(options: BuildLogOptions = {}): AstroLoggerDestination {
  const node = nodeDestination();
  return options.everyPage === true ? node : foldingDestination((event) => node.write(event));
}
