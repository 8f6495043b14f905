import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A server running on a loopback port over a built site. */
export interface RunningServer {
  /** `http://127.0.0.1:PORT`. */
  readonly origin: string;
  close(): Promise<void>;
}

/** A port free on 127.0.0.1 right now (the kernel's pick), for a server that cannot be told to pick one itself. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port from the kernel');
  return address.port;
}

/** Resolves once `origin` answers HTTP; rejects with `describe()` when the process ends first or 15 s pass. */
export async function waitUntilAnswering(origin: string, process: ChildProcess, describe: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let exited = false;
  process.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`the server stopped before answering:\n${describe()}`);
    try {
      await fetch(`${origin}/`, { redirect: 'manual', signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`the server did not answer on ${origin} within 15 s:\n${describe()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Stops a server started here and waits for it to end. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await ended;
}
