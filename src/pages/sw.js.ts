import type { APIRoute } from 'astro';
import workerSource from '../client/service-worker.ts?raw';
import { serviceWorkerScript } from '../build/offline/service-worker-script.ts';
import { currentBuildSession } from '../build/session/build-session.ts';
import { getSitePlan } from '../build/site-plan/get-site-plan.ts';
import { workerVersion } from '../lib/offline/worker-version.ts';
import { planInputsKey } from '../lib/site-plan/plan-inputs-key.ts';

/** The service worker, at the root so that its scope is the whole site (no Service-Worker-Allowed header needed): docs/reading-offline.md. */
export const GET: APIRoute = async () => {
  const plan = await getSitePlan();
  const version = workerVersion(planInputsKey(plan), currentBuildSession()?.sourcesDigest);
  return new Response(await serviceWorkerScript(workerSource, version), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
