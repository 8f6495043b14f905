import { readFileSync, readdirSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/**
 * Gives the calling worker thread the lowest scheduling priority, so that it runs on what the
 * threads the pages wait for leave idle; returns whether it could. Only on Linux, where a
 * thread's nice value is its own (setpriority(2)); elsewhere the call would lower the whole
 * process, the pages' thread with it, so it is not made.
 */
export function yieldToOtherThreads(platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return false;
  try {
    setPriority(constants.priority.PRIORITY_LOW);
    return true;
  } catch (error) {
    // A sandbox may refuse even a lower priority (a system error): the thread then competes as before.
    if ((error as NodeJS.ErrnoException).code === 'ERR_SYSTEM_ERROR') return false;
    throw error;
  }
}

/** The ids of the threads of a Linux process, from /proc (none when it has ended). */
function threadsOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return [];
  }
}

/**
 * Gives every thread of this process's child processes whose command name starts with
 * `commandPrefix` (as /proc shows it) the lowest scheduling priority; returns how many
 * processes it lowered. For helpers a library starts without telling their process id (such
 * as Pagefind's), whose work nothing waits for until the end. Only on Linux, from /proc; a
 * child that ends meanwhile, or a system that refuses, is left as it is.
 */
export function yieldChildProcesses(commandPrefix: string, platform: NodeJS.Platform = process.platform): number {
  if (platform !== 'linux') return 0;
  let lowered = 0;
  let children: string[];
  try {
    children = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const name of children) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // The command name (field 2) is in parentheses and may hold spaces: the parent's id comes after it.
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent !== process.pid || !command.startsWith(commandPrefix)) continue;
    // On Linux a priority is a thread's: each thread of the child is lowered, and those it starts later inherit it.
    let any = false;
    for (const thread of threadsOf(Number(name))) {
      try {
        setPriority(thread, constants.priority.PRIORITY_LOW);
        any = true;
      } catch {
        // Ended meanwhile, or refused: it competes as before.
      }
    }
    if (any) lowered++;
  }
  return lowered;
}
