import { describe, expect, it } from 'vitest';
import { contentProblem, formatProblem, warningLines, WARNINGS_SHOWN, type ContentProblem } from '../../../src/lib/content/problems.ts';

const warning = (file: string, line: number, field: string, message = 'is not a field of the article format and is ignored'): ContentProblem => contentProblem(file, line, field, message, 'warning');

describe('warningLines', () => {
  it('prints every warning, by file and line, when there are no more than it shows', () => {
    const warnings = [warning('b.md', 3, 'colour'), warning('a.md', 9, 'title', 'the same headline as b.md'), warning('a.md', 2, 'colour')];
    expect(warningLines(warnings, 3)).toEqual([
      'a.md:2: warning: colour: is not a field of the article format and is ignored',
      'a.md:9: warning: title: the same headline as b.md',
      'b.md:3: warning: colour: is not a field of the article format and is ignored',
    ]);
  });

  it.each([
    [
      'one more than it shows',
      [warning('c.md', 1, 'colour'), warning('a.md', 1, 'colour'), warning('b.md', 4, 'title')],
      2,
      [
        'a.md:1: warning: colour: is not a field of the article format and is ignored',
        'b.md:4: warning: title: is not a field of the article format and is ignored',
        '… and 1 more warning in 1 file (colour: 1): `npm run check:content` lists every one',
      ],
    ],
    [
      'many, counted by field, the commonest first, in the files they are in',
      [
        warning('a.md', 1, 'colour'),
        ...Array.from({ length: 1500 }, (_, i) => warning(`story-${String(i).padStart(4, '0')}.md`, 2, 'title', 'the same headline as a.md')),
        ...Array.from({ length: 3 }, (_, i) => warning(`story-${String(i).padStart(4, '0')}.md`, 5, 'image.alt', 'is empty')),
      ],
      1,
      [
        'a.md:1: warning: colour: is not a field of the article format and is ignored',
        '… and 1,503 more warnings in 1,500 files (title: 1,500, image.alt: 3): `npm run check:content` lists every one',
      ],
    ],
  ])('prints the first ones and sums up the rest: %s', (_what, warnings, shown, expected) => {
    expect(warningLines(warnings, shown)).toEqual(expected);
  });

  it(`shows ${WARNINGS_SHOWN} by default, so an imported archive's warnings do not bury the build's log`, () => {
    const warnings = Array.from({ length: 100_000 }, (_, i) => warning(`story-${String(i).padStart(6, '0')}.md`, 2, 'title', 'the same headline as story-000000.md'));
    const lines = warningLines(warnings);
    expect(lines).toHaveLength(WARNINGS_SHOWN + 1);
    expect(lines[0]).toBe(formatProblem(warnings[0]!));
    expect(lines.at(-1)).toBe(
      `… and ${(100_000 - WARNINGS_SHOWN).toLocaleString('en')} more warnings in ${(100_000 - WARNINGS_SHOWN).toLocaleString('en')} files (title: ${(100_000 - WARNINGS_SHOWN).toLocaleString('en')}): \`npm run check:content\` lists every one`,
    );
  });
});
