import { describe, expect, it } from 'vitest';
import { createHandOff } from '../../../src/build/hand-off.ts';

describe('createHandOff', () => {
  it('gives a value to takers who came before it was made, and to those after', async () => {
    const handOff = createHandOff<string>(['a', 'b'], 2);
    const early = handOff.take('a');
    handOff.deliver('a', '<p>A</p>');
    await expect(early).resolves.toBe('<p>A</p>');
    await expect(handOff.take('a')).resolves.toBe('<p>A</p>');
  });

  it('still delivers a value whose takers all came before it was made', async () => {
    const handOff = createHandOff<string>(['a'], 2);
    const first = handOff.take('a');
    const second = handOff.take('a');
    handOff.deliver('a', '<p>A</p>');
    await expect(Promise.all([first, second])).resolves.toEqual(['<p>A</p>', '<p>A</p>']);
  });

  it.each([
    ['after its last taker', ['a', 'a'], 'a'],
    ['for a key it never had', [], 'z'],
  ])('has nothing %s', (_when, takes, asked) => {
    const handOff = createHandOff<string>(['a'], 2);
    for (const key of takes) void handOff.take(key);
    expect(handOff.take(asked)).toBeUndefined();
  });

  it('fails the values not yet made, and keeps those delivered', async () => {
    const handOff = createHandOff<string>(['a', 'b'], 2);
    handOff.deliver('a', '<p>A</p>');
    handOff.fail(new Error('a worker thread stopped early'));
    await expect(handOff.take('a')).resolves.toBe('<p>A</p>');
    await expect(handOff.take('b')).rejects.toThrow('a worker thread stopped early');
  });

  it('holds at most `maxHeld` values made and not yet taken by all: the oldest go, and are found elsewhere', async () => {
    // A taker that never comes (a page Astro kept from the last build, a search part not
    // indexed again) must not keep every value in memory until the build ends.
    const handOff = createHandOff<string>(['a', 'b', 'c', 'd'], 2, 2);
    void handOff.take('b');
    for (const key of ['a', 'b', 'c']) handOff.deliver(key, `<p>${key}</p>`);
    expect(handOff.take('a')).toBeUndefined();
    await expect(handOff.take('b')).resolves.toBe('<p>b</p>');
    handOff.deliver('d', '<p>d</p>');
    // b left with its last taker, so c and d fit.
    await expect(handOff.take('c')).resolves.toBe('<p>c</p>');
    await expect(handOff.take('d')).resolves.toBe('<p>d</p>');
  });
});
