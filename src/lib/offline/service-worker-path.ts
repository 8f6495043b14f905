/** Where the site's service worker is served (src/pages/sw.js.ts): registered from there, and never saved as a page's file. */
export const SERVICE_WORKER_PATH = '/sw.js';
