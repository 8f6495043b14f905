import { startProductionServer } from '../../src/build/serve/production-server.ts';

/** A running static server for a built site on a loopback port. */
export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves `root` (a built `dist/`) on 127.0.0.1 as `npm start` and the generated nginx config
 * do: the rules its build wrote, so browser tests see the real CSP header, redirects and 404s.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  return startProductionServer({ root, port: 0, host: '127.0.0.1' });
}
