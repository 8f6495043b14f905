// A pool worker for tests: answers each job with the resource limits this thread was started with.
import { parentPort, resourceLimits } from 'node:worker_threads';
import { serveBatches } from '../../src/build/workers/worker-pool.ts';

if (parentPort)
  serveBatches(
    parentPort,
    (_job: number) => Promise.resolve(resourceLimits),
    (_job, error) => String(error),
  );
