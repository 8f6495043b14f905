import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site.ts';

// `npm audit` asks the registry's advisory service (a POST). Where that service cannot be
// reached (an offline mirror answers 405), the audit cannot say anything and the test says
// so; wherever it can, a high or critical advisory on a runtime dependency fails `npm test`.
describe('runtime dependencies', () => {
  it('have no high or critical advisory (npm audit --omit=dev)', (context) => {
    const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 90_000 });
    const report = JSON.parse(run.stdout || '{}') as { statusCode?: number; message?: string; metadata?: { vulnerabilities?: Record<string, number> } };
    if (!report.metadata) {
      context.skip(`npm audit could not reach the advisory service: ${report.message ?? run.stderr.trim().split('\n').pop() ?? 'no answer'}`);
      return;
    }
    const counts = report.metadata.vulnerabilities ?? {};
    expect({ high: counts['high'] ?? 0, critical: counts['critical'] ?? 0 }).toEqual({ high: 0, critical: 0 });
  }, 120_000);
});
