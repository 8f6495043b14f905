import { processGlobal } from '../../lib/process-global.ts';

const claimed = processGlobal<Set<string>>('claimed-output');

/**
 * Marks files of the output folder (paths inside it) as this build's although it did not
 * write them, because they were already up to date, so they are not pruned as stale.
 */
export function claimOutputFiles(paths: Iterable<string>): void {
  const set = claimed.get() ?? new Set<string>();
  for (const path of paths) set.add(path);
  claimed.set(set);
}

/** The files claimed so far in this build; reading them starts the next build's list afresh. */
export function takeClaimedOutputFiles(): Set<string> {
  const set = claimed.get() ?? new Set<string>();
  claimed.set(undefined);
  return set;
}
