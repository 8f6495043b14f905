// A pool worker for tests: answers each job with the name its thread was started with.
import { parentPort, threadName } from 'node:worker_threads';
import { serveBatches } from '../../src/build/workers/worker-pool.ts';

if (parentPort)
  serveBatches(
    parentPort,
    (_job: number) => Promise.resolve(threadName),
    (_job, error) => String(error),
  );
