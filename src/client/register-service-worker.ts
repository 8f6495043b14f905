import { SERVICE_WORKER_PATH } from '../lib/offline/service-worker-path.ts';

/**
 * Registers the site's service worker (reading offline, docs/reading-offline.md) once the page
 * has loaded, where the browser has service workers; never on the dev server, whose pages and
 * scripts change under it. A refusal (a private window, storage off) leaves the site as it is.
 */
export function registerServiceWorker(): void {
  // True on the dev server only, set by the build's integration from Astro's command: not
  // import.meta.env.DEV, which follows NODE_ENV (`test` under vitest makes a build "dev").
  if (import.meta.env.DISPATCH_SHOW_DRAFTS || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register(SERVICE_WORKER_PATH).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
