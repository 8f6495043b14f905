import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../src/lib/share-image/text-direction.ts';

describe('textDirection', () => {
  it.each([
    ['Kim Jong-un in Russia', 'ltr'],
    ['Жители Остреля', 'ltr'],
    ['奥斯特雷尔港', 'ltr'],
    ['तूफ़ान की मरम्मत', 'ltr'],
    ['افتتاح ميناء أوستريل', 'rtl'],
    ['2024: افتتاح ميناء', 'rtl'],
    ['«Ostrel» افتتاح', 'ltr'],
    ['נמל אוסטרל', 'rtl'],
    ['2024', 'ltr'],
  ])('%s is %s', (text, direction) => {
    expect(textDirection(text)).toBe(direction);
  });
});
