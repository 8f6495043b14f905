import { contentProblem, type ContentProblem } from './problems.ts';

/** What the story check needs of each article file that could be read. */
export interface StoryNameRecord {
  readonly file: string;
  readonly slug: string;
  /** The front matter's `story`, when it is text. */
  readonly story: string | undefined;
  readonly lineOf: (field: string) => number | undefined;
}

/**
 * Checks `story` across the site: a story is named by an article's slug (its first report, as
 * the site names stories) or by the same name on two or more articles. A name that is neither
 * would make a story of one, which no page shows: it is a typo, reported with its line.
 */
export function checkStoryNames(records: readonly StoryNameRecord[]): ContentProblem[] {
  const slugs = new Set(records.map((record) => record.slug));
  const namedBy = new Map<string, number>();
  for (const { story } of records) if (story !== undefined) namedBy.set(story, (namedBy.get(story) ?? 0) + 1);
  return records.flatMap((record): ContentProblem[] => {
    const { story } = record;
    if (story === undefined || story === 'none' || slugs.has(story) || (namedBy.get(story) ?? 0) >= 2) return [];
    return [
      contentProblem(
        record.file,
        record.lineOf('story'),
        'story',
        `"${story}" names no story: use the slug of one of its articles (its first report), or give the same name on the story's other articles`,
      ),
    ];
  });
}
