import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sourceWorkerUrl } from '../workers/worker-pool.ts';
import { SIBLING_SUFFIX, type Encoding, type StagedSiblings } from './text-compression.ts';

// Pages handed over and not yet compressed, at most: past it a page is left to the last step,
// so a thread that falls behind the pages costs no memory, only the pages it missed.
const IN_FLIGHT = 16;

/** What the ahead worker is sent: a page's bytes (transferred) and the staging files its siblings get. */
export interface AheadJob {
  readonly name: string;
  readonly page: ArrayBuffer;
  readonly siblings: StagedSiblings;
}

/**
 * Pre-compression that runs while the pages render: each page the build renders is handed over
 * as Astro writes it (`offer`), and a worker thread at the lowest priority writes its `.br` and
 * `.gz` into a staging folder, on the CPU the pages leave idle. `finish` says which pages got
 * theirs; the last step (src/build/output/precompress.ts) moves them beside the page only when
 * they decompress to the bytes Astro wrote, so a page missed, changed or mapped to the wrong
 * file is compressed there as before.
 */
export interface PrecompressAhead {
  /**
   * Hands over a page's bytes (`page`, transferred to the worker: unusable here after) and its
   * path in the output folder (`articles/a/index.html`); dropped when the worker is too far behind.
   */
  offer(path: string, page: ArrayBuffer): void;
  /**
   * Waits for the pages handed over, stops the worker and returns the siblings staged, by output
   * path, and why the worker stopped early if it did (the pages it missed are left to the last step).
   */
  finish(): Promise<{ readonly staged: ReadonlyMap<string, StagedSiblings>; readonly problem: string | undefined }>;
  /** Stops the worker and deletes the staging folder (the build is done with it, or failed). */
  discard(): void;
}

/** Starts pre-compression ahead into `stagingDir` (emptied first); the worker starts with the first page. `root` is the project's. */
export function startPrecompressAhead(stagingDir: string, root: string): PrecompressAhead {
  rmSync(stagingDir, { recursive: true, force: true });
  const staged = new Map<string, StagedSiblings>();
  const pending = new Map<string, { readonly path: string; readonly siblings: StagedSiblings }>();
  let worker: Worker | undefined;
  let failure: Error | undefined;
  let drained: (() => void) | undefined;
  let count = 0;
  const stagedFile = (name: string, encoding: Encoding): string => join(stagingDir, `${name}${SIBLING_SUFFIX[encoding]}`);
  const started = (): Worker => {
    if (worker !== undefined) return worker;
    mkdirSync(stagingDir, { recursive: true });
    const thread = new Worker(sourceWorkerUrl(root, 'src/build/output/precompress-ahead-worker.ts'));
    // A build that fails before its last step must still be able to exit.
    thread.unref();
    thread.on('message', (name: string) => {
      const done = pending.get(name);
      pending.delete(name);
      if (done !== undefined) staged.set(done.path, done.siblings);
      if (pending.size === 0) drained?.();
    });
    // Compressing ahead only saves time: a failure leaves every page to the last step.
    const stop = (error: Error): void => {
      failure ??= error;
      pending.clear();
      drained?.();
    };
    thread.on('error', stop);
    thread.on('exit', (code) => stop(new Error(`the worker stopped (exit ${code})`)));
    worker = thread;
    return thread;
  };
  return {
    offer(path, page) {
      if (failure !== undefined || pending.size >= IN_FLIGHT || staged.has(path)) return;
      const name = String(count++);
      const job: AheadJob = { name, page, siblings: { br: stagedFile(name, 'br'), gzip: stagedFile(name, 'gzip') } };
      try {
        started().postMessage(job, [page]);
      } catch (error) {
        // No staging folder, no thread: the page is left to the last step, never the build broken.
        failure = error instanceof Error ? error : new Error(String(error));
        return;
      }
      pending.set(name, { path, siblings: job.siblings });
    },
    async finish() {
      if (pending.size > 0) await new Promise<void>((resolve) => (drained = resolve));
      // Read before the worker is stopped, which ends it as a failure would.
      const problem = failure?.message;
      failure ??= new Error('finished');
      await worker?.terminate();
      return { staged, problem };
    },
    discard() {
      void worker?.terminate();
      rmSync(stagingDir, { recursive: true, force: true });
    },
  };
}
