import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { sourceWorkerUrl, startWorker } from '../workers/worker-pool.ts';
import { SIBLING_SUFFIX, type Encoding, type StagedPage, type StagedSiblings } from './text-compression.ts';

// Pages whose bytes are handed over and not yet compressed, at most: past it a page is handed
// over by its path only, and compressed from its file when the thread gets to it, so a thread
// that falls behind the pages holds no more than these in memory.
const IN_FLIGHT = 16;

/**
 * What the ahead worker is sent: a page's bytes (transferred) or, when it is behind, the page's
 * file to read once it gets to it; and the staging files its siblings get. `stop`: drop the
 * files not yet read and say `drained` once the pages handed over are done.
 */
export type AheadJob =
  | { readonly kind: 'page'; readonly name: string; readonly page: ArrayBuffer; readonly siblings: StagedSiblings }
  | { readonly kind: 'file'; readonly name: string; readonly file: string; readonly siblings: StagedSiblings }
  | { readonly kind: 'stop' };

/** What the ahead worker answers: a job's siblings staged, made from bytes of this SHA-256 (hex); a file it could not read; or that it stopped. */
export type AheadReply = { readonly name: string; readonly digest: string } | { readonly name: string; readonly skipped: string } | { readonly drained: true };

/**
 * Pre-compression that runs while the pages render: each page the build renders is handed over
 * as Astro writes it (`offer`), and a worker thread at the lowest priority writes its `.br` and
 * `.gz` into a staging folder, on the CPU the pages leave idle; pages handed over while it is
 * behind are read from their files when it catches up. `finish` says which pages got theirs;
 * the last step (src/build/output/precompress.ts) moves them beside the page only when the
 * page's bytes are the ones they were made from, so a page missed, changed or mapped to the
 * wrong file is compressed there as before.
 */
export interface PrecompressAhead {
  /**
   * Hands over a page's bytes (`page`, transferred to the worker: unusable here after) and its
   * path in the output folder (`articles/a/index.html`).
   */
  offer(path: string, page: ArrayBuffer): void;
  /**
   * Waits for the pages handed over with their bytes, stops the worker (files not yet read are
   * left to the last step) and returns the pages staged, by output path, and why the worker
   * stopped early if it did.
   */
  finish(): Promise<{ readonly staged: ReadonlyMap<string, StagedPage>; readonly problem: string | undefined }>;
  /** Stops the worker and deletes the staging folder (the build is done with it, or failed). */
  discard(): void;
}

/**
 * Starts pre-compression ahead into `stagingDir` (emptied first) of the pages of `outDir`; the
 * worker starts with the first page. `root` is the project's.
 */
export function startPrecompressAhead(stagingDir: string, root: string, outDir: string): PrecompressAhead {
  rmSync(stagingDir, { recursive: true, force: true });
  const staged = new Map<string, StagedPage>();
  // Jobs sent and not answered, by name; how many of them carry a page's bytes.
  const pending = new Map<string, { readonly path: string; readonly siblings: StagedSiblings; readonly inMemory: boolean }>();
  let inMemory = 0;
  let worker: Worker | undefined;
  let failure: Error | undefined;
  let drained: (() => void) | undefined;
  let count = 0;
  const stagedFile = (name: string, encoding: Encoding): string => join(stagingDir, `${name}${SIBLING_SUFFIX[encoding]}`);
  const started = (): Worker => {
    if (worker !== undefined) return worker;
    mkdirSync(stagingDir, { recursive: true });
    const thread = startWorker(sourceWorkerUrl(root, 'src/build/output/precompress-ahead-worker.ts'));
    // A build that fails before its last step must still be able to exit.
    thread.unref();
    thread.on('message', (reply: AheadReply) => {
      if ('drained' in reply) return drained?.();
      const done = pending.get(reply.name);
      pending.delete(reply.name);
      if (done?.inMemory) inMemory--;
      if (done !== undefined && 'digest' in reply) staged.set(done.path, { siblings: done.siblings, digest: reply.digest });
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
      if (failure !== undefined || drained !== undefined || staged.has(path)) return;
      const name = String(count++);
      const siblings = { br: stagedFile(name, 'br'), gzip: stagedFile(name, 'gzip') };
      const withBytes = inMemory < IN_FLIGHT;
      const job: AheadJob = withBytes ? { kind: 'page', name, page, siblings } : { kind: 'file', name, file: join(outDir, path), siblings };
      try {
        started().postMessage(job, withBytes ? [page] : []);
      } catch (error) {
        // No staging folder, no thread: the page is left to the last step, never the build broken.
        failure = error instanceof Error ? error : new Error(String(error));
        return;
      }
      pending.set(name, { path, siblings, inMemory: withBytes });
      if (withBytes) inMemory++;
    },
    async finish() {
      if (worker !== undefined && failure === undefined) {
        const thread = worker;
        await new Promise<void>((resolve) => {
          drained = resolve;
          thread.postMessage({ kind: 'stop' } satisfies AheadJob);
        });
      }
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
