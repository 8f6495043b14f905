// Preloaded into a measured process (`node --import`): on exit, writes its peak resident
// memory in bytes and its V8 heap limit to the file named by DISPATCH_RSS_FILE (JSON), so a
// benchmark can read them.
import { writeFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';

const file = process.env.DISPATCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, JSON.stringify({ peakRssBytes: process.resourceUsage().maxRSS * 1024, heapLimitBytes: getHeapStatistics().heap_size_limit }));
  });
}
