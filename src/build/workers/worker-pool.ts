import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits, type WorkerOptions } from 'node:worker_threads';

/**
 * The URL of a worker's module in the sources (`src/…`) of the project at `root`, run as it
 * is rather than bundled: found from the project, never from whatever folder the process
 * was started in.
 */
export function sourceWorkerUrl(root: string, path: string): URL {
  return pathToFileURL(join(root, path));
}

/**
 * A worker's thread name: its module's file name without the suffix (`related-worker`), so
 * memory and CPU profiles, heap logs and the inspector say which thread is which.
 */
export function threadName(workerUrl: URL): string {
  return (workerUrl.pathname.split('/').pop() ?? 'worker').replace(/\.[cm]?[jt]s$/, '');
}

/** Starts a worker thread from `workerUrl`, named after its module (`threadName`). */
export function startWorker(workerUrl: URL, options: WorkerOptions = {}): Worker {
  return new Worker(workerUrl, { ...options, name: threadName(workerUrl) });
}

/**
 * The one message a worker thread answers with; rejects with its error, or when it stops
 * without answering (`what` says what it was doing, for the message). `onNote`, when given,
 * sees every message first: one it takes (returns true for) is a note sent on the way, not
 * the answer.
 */
export function workerAnswer<T>(worker: Worker, what: string, onNote?: (message: unknown) => boolean): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const heard = (message: unknown): void => {
      if (onNote?.(message) === true) return;
      worker.off('message', heard);
      resolve(message as T);
    };
    worker.on('message', heard);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${what}: the worker thread stopped (exit ${code}) without an answer`)));
  });
}

/** What a pool worker answers for one batch: its results, or the error that stopped it. */
export type WorkerReply<R> = { readonly seq: number; readonly results: R[] } | { readonly seq: number; readonly error: string };

/**
 * Runs `batches` on `threads` worker threads started from `workerUrl` (each gets
 * `workerData`), a batch at a time per worker, in order. With `onBatch`, each batch's
 * results go to it as soon as they arrive and are not kept (a pool may produce more than
 * should sit in memory at once); without, every result is returned in batch order. With
 * `resourceLimits`, each worker's heap is sized by them rather than by V8's defaults. When
 * `signal` aborts, no batch is sent any more, and the pool resolves once the batches under
 * way are answered, with the results it has. The first error rejects and stops every worker.
 */
export async function runInWorkers<J, R>(
  workerUrl: URL,
  workerData: unknown,
  batches: readonly (readonly J[])[],
  threads: number,
  onBatch?: (results: readonly R[], seq: number) => void,
  resourceLimits?: ResourceLimits,
  signal?: AbortSignal,
): Promise<R[]> {
  // No batch, no thread: starting one (and loading its module) costs more than any check.
  if (batches.length === 0 || signal?.aborted === true) return [];
  const results: R[][] = [];
  const workers = Array.from({ length: Math.max(1, Math.min(threads, batches.length)) }, () => startWorker(workerUrl, { workerData, ...(resourceLimits === undefined ? {} : { resourceLimits }) }));
  try {
    let next = 0;
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length || signal?.aborted === true) return resolve();
              const seq = next++;
              worker.postMessage({ seq, jobs: batches[seq] });
            };
            worker.on('message', (reply: WorkerReply<R>) => {
              if ('error' in reply) return reject(new Error(reply.error));
              if (onBatch) onBatch(reply.results, reply.seq);
              else results[reply.seq] = reply.results;
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`a worker thread (${threadName(workerUrl)}) stopped early (exit ${code})`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results.flat();
}

/** Splits `items` into batches of `size`. */
export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/**
 * The worker side of `runInWorkers`: answers every batch with `work` applied to each job
 * in turn, or with the first error, described by `describe(job, error)`.
 */
export function serveBatches<J, R>(
  port: { on(event: 'message', listener: (batch: { seq: number; jobs: J[] }) => void): unknown; postMessage(reply: WorkerReply<R>): void },
  work: (job: J) => Promise<R>,
  describe: (job: J, error: unknown) => string,
): void {
  const answer = async (batch: { seq: number; jobs: J[] }): Promise<void> => {
    const results: R[] = [];
    for (const job of batch.jobs) {
      try {
        results.push(await work(job));
      } catch (error) {
        port.postMessage({ seq: batch.seq, error: describe(job, error) });
        return;
      }
    }
    port.postMessage({ seq: batch.seq, results });
  };
  // Every failure is answered as a message above, so the promise never rejects.
  port.on('message', (batch) => void answer(batch));
}
