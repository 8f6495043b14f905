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
