import { describe, expect, it } from 'vitest';
import { buildCommand, parseBuildScript } from '../../../scripts/support/build-command.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';

describe('parseBuildScript', () => {
  it.each([
    [
      'variables and flags',
      'ASTRO_TELEMETRY_DISABLED=1 MALLOC_ARENA_MAX=2 node --max-semi-space-size=16 node_modules/astro/bin/astro.mjs build',
      { env: { ASTRO_TELEMETRY_DISABLED: '1', MALLOC_ARENA_MAX: '2' }, nodeFlags: ['--max-semi-space-size=16'] },
    ],
    ['neither', 'node node_modules/astro/bin/astro.mjs build', { env: {}, nodeFlags: [] }],
    ['a flag without a value', 'node --expose-gc --max-semi-space-size=8 node_modules/astro/bin/astro.mjs build', { env: {}, nodeFlags: ['--expose-gc', '--max-semi-space-size=8'] }],
  ])('reads %s', (_name, script, expected) => {
    expect(parseBuildScript(script)).toEqual(expected);
  });

  it.each([['astro build'], ['node node_modules/astro/bin/astro.mjs build && echo done'], ['']])('refuses "%s", which the benchmark could not reproduce', (script) => {
    expect(() => parseBuildScript(script)).toThrow(/scripts\.build must run/);
  });

  it("reads the project's own build script, memory settings included, so benchmarks and build tests measure the build npm runs", () => {
    const { env, nodeFlags } = buildCommand(PROJECT_ROOT);
    expect(nodeFlags).toContain('--max-semi-space-size=16');
    expect(env).toMatchObject({ MALLOC_ARENA_MAX: '2', MIMALLOC_ALLOW_THP: '0', MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' });
  });
});
