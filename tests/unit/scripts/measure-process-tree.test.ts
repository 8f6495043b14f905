import { describe, expect, it } from 'vitest';
import { residentBytes, treeOf, type ProcStat } from '../../../scripts/support/measure-process-tree.ts';

const MB = 2 ** 20;
const PAGES_PER_MB = MB / 4096;
const BUILD = 'node\0--max-semi-space-size=16\0node_modules/astro/bin/astro.mjs\0build\0';
const PAGEFIND = '/work/node_modules/@pagefind/linux-x64/bin/pagefind_extended\0--service\0';

function proc(ppid: number, megabytes: number, cmdline: string): ProcStat {
  return { ppid, ticks: 0, rssPages: megabytes * PAGES_PER_MB, cmdline };
}

describe('the benchmark’s resident memory of a process tree', () => {
  it.each([
    ['the build alone', [[10, proc(1, 2000, BUILD)]], 2000],
    [
      'the build and its Pagefind',
      [
        [10, proc(1, 2000, BUILD)],
        [11, proc(10, 30, PAGEFIND)],
      ],
      2030,
    ],
    // Forked, its program not yet started: the build's pages, not a second copy of them.
    [
      'the build and a child not yet started',
      [
        [10, proc(1, 2000, BUILD)],
        [11, proc(10, 2000, BUILD)],
      ],
      2000,
    ],
    [
      'a child forked and one running',
      [
        [10, proc(1, 2000, BUILD)],
        [11, proc(10, 2000, BUILD)],
        [12, proc(10, 40, PAGEFIND)],
      ],
      2040,
    ],
    [
      'a grandchild',
      [
        [10, proc(1, 2000, BUILD)],
        [11, proc(10, 30, PAGEFIND)],
        [12, proc(11, 5, 'sh\0-c\0true\0')],
      ],
      2035,
    ],
    [
      'processes outside the tree',
      [
        [10, proc(1, 2000, BUILD)],
        [20, proc(1, 900, BUILD)],
        [21, proc(20, 50, PAGEFIND)],
      ],
      2000,
    ],
  ] as const)('%s', (_name, processes, megabytes) => {
    const stats = new Map<number, ProcStat>(processes);
    expect(residentBytes(stats, treeOf(stats, 10)) / MB).toBe(megabytes);
  });
});
