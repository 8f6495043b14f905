// Runs a command and samples its whole process tree from /proc (the build, its worker
// threads and the processes it starts, such as Pagefind): peak resident memory of the tree
// and CPU seconds used, so a benchmark reports what the machine really spent.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What a measured run printed and used. */
export interface MeasuredRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  /** Highest sum of resident memory over the tree at one sample, in bytes. */
  readonly peakTreeRss: number;
  /** User + system CPU seconds of every process seen in the tree. */
  readonly cpuSeconds: number;
}

const PAGE_SIZE = 4096;
const TICKS_PER_SECOND = 100;
const SAMPLE_MS = 100;

/** One process as a sample sees it in /proc. */
export interface ProcStat {
  readonly ppid: number;
  readonly ticks: number;
  readonly rssPages: number;
  /** Its command line as /proc gives it (arguments joined by NUL). */
  readonly cmdline: string;
}

function readStat(pid: number): Omit<ProcStat, 'cmdline'> | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), rssPages: Number(fields[21]) };
  } catch {
    return undefined;
  }
}

/** The processes of the tree under `root` (itself included) among `stats`, by pid. */
export function treeOf(stats: ReadonlyMap<number, Pick<ProcStat, 'ppid'>>, root: number): Set<number> {
  const tree = new Set<number>([root]);
  for (let grown = true; grown;) {
    grown = false;
    for (const [pid, stat] of stats) {
      if (!tree.has(pid) && tree.has(stat.ppid)) {
        tree.add(pid);
        grown = true;
      }
    }
  }
  return tree;
}

function readCmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'latin1');
  } catch {
    return '';
  }
}

/**
 * The resident bytes of the processes `tree` names. A child whose command line is still its
 * parent's has been forked and has not yet started its own program: every page it shows is its
 * parent's, shared until it does, so it counts for nothing. Counted, a build of 2 GB that starts
 * a child (a search part's Pagefind) would look twice its size in the sample that catches it.
 */
export function residentBytes(stats: ReadonlyMap<number, ProcStat>, tree: ReadonlySet<number>): number {
  let bytes = 0;
  for (const pid of tree) {
    const stat = stats.get(pid);
    if (stat === undefined) continue;
    const parent = tree.has(stat.ppid) ? stats.get(stat.ppid) : undefined;
    if (parent !== undefined && parent.cmdline === stat.cmdline) continue;
    bytes += stat.rssPages * PAGE_SIZE;
  }
  return bytes;
}

/** Runs `command` with `args`, sampling its process tree every 100 ms until it exits. */
export function runMeasured(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  let peakTreeRss = 0;
  const lastTicks = new Map<number, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    const stats = new Map<number, Omit<ProcStat, 'cmdline'>>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const stat = readStat(Number(name));
      if (stat) stats.set(Number(name), stat);
    }
    const tree = treeOf(stats, child.pid);
    const treeStats = new Map<number, ProcStat>();
    for (const pid of tree) {
      // The command line before the figures: a child seen still forked is counted as such even if it starts its program meanwhile.
      const cmdline = readCmdline(pid);
      const stat = readStat(pid);
      if (stat === undefined) continue;
      treeStats.set(pid, { ...stat, cmdline });
      lastTicks.set(pid, Math.max(lastTicks.get(pid) ?? 0, stat.ticks));
    }
    peakTreeRss = Math.max(peakTreeRss, residentBytes(treeStats, tree));
  };
  const timer = setInterval(sample, SAMPLE_MS);
  return new Promise((resolve) => {
    child.on('exit', (status) => {
      clearInterval(timer);
      const cpuSeconds = [...lastTicks.values()].reduce((sum, ticks) => sum + ticks, 0) / TICKS_PER_SECOND;
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), seconds: (performance.now() - started) / 1000, peakTreeRss, cpuSeconds });
    });
  });
}
