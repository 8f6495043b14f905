import { describe, expect, it } from 'vitest';
import { residentBytes, treeOf, type ProcStat } from '../../../scripts/support/measure-process-tree.ts';

const MB = 2 ** 20;
const PAGES_PER_MB = MB / 4096;
// Command lines as /proc gives them, arguments ended by NUL.
const PROGRAMS = {
  build: 'node\0--max-semi-space-size=16\0node_modules/astro/bin/astro.mjs\0build\0',
  pagefind: '/work/node_modules/@pagefind/linux-x64/bin/pagefind_extended\0--service\0',
  shell: 'sh\0-c\0true\0',
} as const;

/** Processes written `pid<ppid:megabytes:program`, separated by spaces: `11<10:30:pagefind` is process 11, a child of 10, holding 30 MB, running Pagefind. */
function stats(processes: string): Map<number, ProcStat> {
  return new Map(
    processes.split(' ').map((text) => {
      const [pid, ppid, megabytes, program] = text.split(/[<:]/);
      return [Number(pid), { ppid: Number(ppid), ticks: 0, rssPages: Number(megabytes) * PAGES_PER_MB, cmdline: PROGRAMS[program as keyof typeof PROGRAMS] }];
    }),
  );
}

describe('the benchmark’s resident memory of a process tree', () => {
  it.each([
    ['the build alone', '10<1:2000:build', 2000],
    ['the build and its Pagefind', '10<1:2000:build 11<10:30:pagefind', 2030],
    // Forked, its program not yet started: the build's pages, not a second copy of them.
    ['the build and a child not yet started', '10<1:2000:build 11<10:2000:build', 2000],
    ['a child forked and one running', '10<1:2000:build 11<10:2000:build 12<10:40:pagefind', 2040],
    ['a grandchild', '10<1:2000:build 11<10:30:pagefind 12<11:5:shell', 2035],
    ['processes outside the tree', '10<1:2000:build 20<1:900:build 21<20:50:pagefind', 2000],
  ])('%s', (_name, processes, megabytes) => {
    const tree = stats(processes);
    expect(residentBytes(tree, treeOf(tree, 10)) / MB).toBe(megabytes);
  });
});
