// The worker thread of pre-compression ahead (src/build/output/precompress-ahead.ts): writes
// each page's `.br` and `.gz` into the staging files it is sent, at the lowest priority, pages
// sent with their bytes first and pages sent by their file when none of those wait.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { yieldToOtherThreads } from '../workers/background-priority.ts';
import type { AheadJob, AheadReply } from './precompress-ahead.ts';
import { writeSiblings, type Encoding } from './text-compression.ts';

// Nothing waits for these before the build's last step; the pages and the bodies do wait.
yieldToOtherThreads();

type PageJob = Extract<AheadJob, { kind: 'page' }>;
type FileJob = Extract<AheadJob, { kind: 'file' }>;
const pages: PageJob[] = [];
const files: FileJob[] = [];
let nextFile = 0;
let stopping = false;
let running = false;

const reply = (message: AheadReply): void => parentPort?.postMessage(message);

function stage(name: string, bytes: Uint8Array, siblings: PageJob['siblings']): void {
  writeSiblings(
    bytes,
    Object.entries(siblings).map(([encoding, file]) => ({ encoding: encoding as Encoding, file })),
  );
  reply({ name, digest: createHash('sha256').update(bytes).digest('hex') });
}

// One job, then back to the event loop so that newer messages (pages, a stop) come in between.
function step(): void {
  const page = pages.shift();
  const file = page === undefined && !stopping ? files[nextFile++] : undefined;
  if (page !== undefined) stage(page.name, new Uint8Array(page.page), page.siblings);
  else if (file !== undefined) {
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(file.file);
    } catch (error) {
      // Not written yet, or gone: the last step compresses it.
      reply({ name: file.name, skipped: (error as Error).message });
    }
    if (bytes !== undefined) stage(file.name, bytes, file.siblings);
  } else {
    running = false;
    if (stopping) reply({ drained: true });
    return;
  }
  setImmediate(step);
}

parentPort?.on('message', (job: AheadJob) => {
  if (job.kind === 'page') pages.push(job);
  else if (job.kind === 'file') files.push(job);
  else stopping = true;
  if (!running) {
    running = true;
    setImmediate(step);
  }
});
