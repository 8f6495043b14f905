import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DATE_LINE = /^(date|updated): (\d{4})-(\d{2})-(\d{2})/gm;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * An article's text as its `edition`-th yearly edition: every `date:` and `updated:` moved
 * `edition` years later, 29 February becoming 28 February in a common year (never rolled
 * over into March, which the content checks would rightly refuse).
 */
export function asEdition(text: string, edition: number): string {
  return text.replace(DATE_LINE, (_line, field: string, year: string, month: string, day: string) => {
    const shifted = Number(year) + edition;
    const keptDay = month === '02' && day === '29' && !isLeapYear(shifted) ? '28' : day;
    return `${field}: ${String(shifted).padStart(4, '0')}-${month}-${keptDay}`;
  });
}

/** The file name of an article's `edition`-th edition, a slug of its own: `story-12.md` → `story-12-e2.md`. */
export function editionFileName(name: string, edition: number): string {
  return name.replace(/\.md$/, `-e${edition}.md`);
}

/**
 * Grows the articles in `dir` to `count` by adding yearly editions of them (edition 1 of every
 * article, then edition 2, …, in file-name order), so a benchmark can go past its corpus's
 * size with articles that have their own slugs and dates. Returns how many articles `dir` holds.
 */
export function addYearlyEditions(dir: string, count: number): number {
  const originals = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  let total = originals.length;
  if (total === 0) return 0;
  for (let edition = 1; total < count; edition++) {
    for (const name of originals) {
      if (total >= count) break;
      writeFileSync(join(dir, editionFileName(name, edition)), asEdition(readFileSync(join(dir, name), 'utf8'), edition));
      total++;
    }
  }
  return total;
}
