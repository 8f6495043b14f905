// A pool worker for tests: lowers its own priority as the share-image worker does, and answers
// with whether it could and with this thread's nice value as the kernel reports it.
import { parentPort } from 'node:worker_threads';
import { yieldToOtherThreads } from '../../src/build/workers/background-priority.ts';
import { serveBatches } from '../../src/build/workers/worker-pool.ts';
import { threadNice } from './thread-nice.ts';

const lowered = yieldToOtherThreads();

if (parentPort)
  serveBatches(
    parentPort,
    (_job: number) => Promise.resolve({ lowered, nice: threadNice() }),
    (_job, error) => String(error),
  );
