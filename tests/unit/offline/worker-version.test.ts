import { describe, expect, it } from 'vitest';
import { workerVersion } from '../../../src/lib/offline/worker-version.ts';

describe('the service worker version', () => {
  const base = workerVersion('plan-1', 'code-1');

  it.each([
    ['the same content and code: the same worker', 'plan-1', 'code-1', true],
    ['an edited article (a new plan): a new worker', 'plan-2', 'code-1', false],
    ['new code or config: a new worker', 'plan-1', 'code-2', false],
    ['the dev server (no code digest): its own', 'plan-1', undefined, false],
  ])('%s', (_, plan, code, same) => {
    expect(workerVersion(plan, code) === base).toBe(same);
  });

  it('is short and safe in a cache name', () => {
    expect(base).toMatch(/^[\w-]{16}$/);
  });
});
