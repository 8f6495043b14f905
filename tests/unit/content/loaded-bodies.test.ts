import { describe, expect, it } from 'vitest';
import { offerLoadedBodies, takeLoadedBody } from '../../../src/lib/content/loaded-bodies.ts';

describe('offerLoadedBodies and takeLoadedBody', () => {
  it('hands each body out once, and only for the file version it was read from', () => {
    offerLoadedBodies(new Map([
      ['harbour', { digest: 'd1', body: 'The harbour reopened.' }],
      ['storm', { digest: 'd2', body: 'A storm hit the coast.' }],
    ]));
    expect(takeLoadedBody('harbour', 'd1')).toBe('The harbour reopened.');
    expect(takeLoadedBody('harbour', 'd1')).toBeUndefined();
    // The file changed since the loader read it: the caller reads the file instead.
    expect(takeLoadedBody('storm', 'changed')).toBeUndefined();
    expect(takeLoadedBody('storm', 'd2')).toBeUndefined();
  });

  it('has nothing to give when no loader offered bodies', () => {
    expect(takeLoadedBody('unknown', 'd')).toBeUndefined();
  });
});
