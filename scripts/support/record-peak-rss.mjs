// Preloaded into a measured process (`node --import`): on exit, writes its peak resident
// memory in bytes to the file named by DISPATCH_RSS_FILE, so a benchmark can read it.
import { writeFileSync } from 'node:fs';

const file = process.env.DISPATCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
