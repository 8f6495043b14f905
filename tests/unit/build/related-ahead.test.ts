import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relatedAhead, type CheckedArticleFile, type RelatedAheadSetting } from '../../../src/build/related/related-ahead.ts';
import { relatedCacheEntry, writeRelatedCache } from '../../../src/build/related/related-cache.ts';
import { relatedJobOf, runRelatedJob, termCacheDir, type ArticleWithBody } from '../../../src/build/related/related-links.ts';
import { byNewest, toArticleWithText } from '../../../src/lib/article.ts';
import { validateArticles } from '../../../src/lib/content/validate-articles.ts';
import { sha256 } from '../../../src/lib/hash.ts';
import { articleText, testSite } from '../content/site.ts';

// Invented stories: two about one dam, one about ferries, one in a story of the editors', one a draft.
const STORIES: Record<string, { readonly lines: readonly string[]; readonly body: string }> = {
  'dam-breach': { lines: ['date: 2024-03-01T08:00', 'tags: [Kestrin Dam]', 'story: dam-breach'], body: 'The Kestrin Dam breached overnight and the valley flooded below the dam.' },
  'dam-inquiry': {
    lines: ['date: 2024-03-04T09:00', 'tags: [Kestrin Dam]', 'related: [ferry-strike]', 'story: dam-breach'],
    body: 'An inquiry into the Kestrin Dam breach opened, hearing from dam engineers.',
  },
  'ferry-strike': { lines: ['date: 2024-03-02T10:00', 'section: world', 'tags: [Ferries]'], body: 'Ferry crews walked out over pay, stopping every ferry in the harbour.' },
  'dam-repairs': { lines: ['date: 2024-03-05T11:00', 'tags: [Kestrin Dam]', 'draft: true'], body: 'Repairs to the Kestrin Dam began with new gates for the dam.' },
};

/** The stories as files in a project of their own, checked as the content loader checks them. */
function project(): { files: CheckedArticleFile[]; setting: RelatedAheadSetting } {
  const root = mkdtempSync(join(tmpdir(), 'dispatch-ahead-'));
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  const sources = Object.entries(STORIES).map(([slug, { lines, body }]) => {
    const file = `content/articles/${slug}.md`;
    const text = articleText([`title: ${slug.replace('-', ' ')}`, ...lines], body);
    writeFileSync(join(root, file), text);
    return { file, text };
  });
  const { articles, problems } = validateArticles(sources, testSite);
  expect(problems).toEqual([]);
  const digestOf = new Map(sources.map(({ file, text }) => [file, sha256(text, 'base64url')]));
  const files = articles.map(({ slug, file, frontMatter }) => ({ slug, file, frontMatter, digest: digestOf.get(file) ?? '' }));
  return { files, setting: { site: testSite, root, cacheDir: join(root, 'cache'), sourcesDigest: 'code-1' } };
}

/** The job the plan makes of the same files (src/build/site-plan/get-site-plan.ts): articles made with their bodies read, drafts left out, newest first. */
function plansJob({ files, setting }: ReturnType<typeof project>) {
  const published: ArticleWithBody[] = files
    .map(({ slug, file, frontMatter, digest }) => {
      const path = join(setting.root, file);
      const { article, bodyText } = toArticleWithText({ slug, file, frontMatter, body: STORIES[slug]?.body ?? '' }, testSite);
      return { article, body: { digest, path, file, text: bodyText } };
    })
    .filter(({ article }) => !article.draft)
    .sort((a, b) => byNewest(a.article, b.article));
  const storyOf = new Map(published.flatMap(({ article }) => (article.story === undefined ? [] : [[article.slug, article.story] as const])));
  const job = relatedJobOf(published, testSite, { dir: termCacheDir(setting.cacheDir), salt: setting.sourcesDigest }, storyOf);
  return { job, key: relatedCacheEntry(setting.cacheDir, setting.sourcesDigest, { job, storyOf }).key };
}

describe('the related links begun from the checked files, before the plan', () => {
  it('are made from the very job the plan makes of the same files, so the plan uses them', () => {
    const made = project();
    const ahead = relatedAhead(made.files, made.setting);
    const plans = plansJob(made);
    expect(ahead.key).toBe(plans.key);
    expect(ahead.result?.links).toEqual(runRelatedJob(plans.job).links);
    expect(ahead.result?.stories).toEqual(runRelatedJob(plans.job).stories);
    // The draft is in no list, and the dam's reports find each other.
    expect([...(ahead.result?.links.keys() ?? [])].sort()).toEqual(['dam-breach', 'dam-inquiry', 'ferry-strike']);
    expect(ahead.result?.links.get('dam-breach')?.map((link) => link.slug)).toContain('dam-inquiry');
  });

  it('have another key than the plan’s when a file changed after they were begun, so the plan computes its own', () => {
    const made = project();
    const ahead = relatedAhead(made.files, made.setting);
    const edited = { ...made, files: made.files.map((file) => (file.slug === 'ferry-strike' ? { ...file, digest: 'another-text' } : file)) };
    expect(ahead.key).not.toBe(plansJob(edited).key);
  });

  it('compute nothing when the cache folder holds the last build’s links under the same key', () => {
    const made = project();
    const plans = plansJob(made);
    const { links, stories } = runRelatedJob(plans.job);
    const written = writeRelatedCache(relatedCacheEntry(made.setting.cacheDir, made.setting.sourcesDigest, { job: plans.job, storyOf: plans.job.storyOf ?? new Map() }), {
      related: links,
      stories: stories ?? [],
    });
    expect(written).toBeUndefined();
    const ahead = relatedAhead(made.files, made.setting);
    expect(ahead).toEqual({ key: plans.key });
  });
});
