import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeRelatedLinks, runRelatedJob, type RelatedJob, type RelatedResult } from '../../../src/build/related/related-links.ts';
import { runInWorkers } from '../../../src/build/workers/worker-pool.ts';
import { findRelated } from '../../../src/lib/related/find-related.ts';
import { generatedSite } from '../../support/generated-site.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';

const WORKER = pathToFileURL(join(import.meta.dirname, '../../../src/build/related/related-worker.ts'));

describe('the related-links worker thread', () => {
  it('gives every article the links the engine gives on the main thread, pins and dates included', async () => {
    const site = generatedSite(400, { seed: 11 }).articles.map((story, i) => (i % 50 === 0 ? { ...story, pinned: ['story-0399', 'story-0001'] } : story));
    const options = { limit: 4 };
    const [result] = await runInWorkers<RelatedJob, RelatedResult>(WORKER, undefined, [[{ articles: site, options }]], 1);
    const expected = findRelated(site, options);
    expect(result?.links).toEqual(expected);
    expect([...expected.values()].filter((list) => list.length > 0).length).toBeGreaterThan(300);
  });

  it('reports what stopped the engine', async () => {
    const twice = [...generatedSite(3).articles, ...generatedSite(1).articles];
    await expect(runInWorkers(WORKER, undefined, [[{ articles: twice, options: {} }]], 1)).rejects.toThrow(/related links: .*duplicate slug "story-0000"/);
  });

  it('with a second thread reading the words and named things ahead, gives the same links and stories, and says every chunk was read', async () => {
    // Past the size from which the links are computed on workers.
    const articles = generatedSite(2600, { seed: 5 }).articles;
    const job = (dir: string): RelatedJob => ({ articles, options: { limit: 4 }, termCache: { dir, salt: 'code-1' }, storyOf: new Map([['story-0007', 'harbour-strike']]) });
    const alone = runRelatedJob(job(mkdtempSync(join(tmpdir(), 'dispatch-terms-'))));
    const ahead = await computeRelatedLinks(job(mkdtempSync(join(tmpdir(), 'dispatch-terms-'))), PROJECT_ROOT, true);
    expect(ahead.links).toEqual(alone.links);
    expect(ahead.stories).toEqual(alone.stories);
    expect(ahead.terms).toEqual({ kept: 0, read: alone.terms?.read });
    expect(alone.terms?.read).toBeGreaterThan(1);
  });

  it('sends the bodies’ texts to both threads in one shared buffer: the same links and stories, and no body file read', async () => {
    const articles = generatedSite(2600, { seed: 9 }).articles.map((article, i) => {
      // Texts in other scripts, and one with a lone surrogate, which no UTF-8 buffer holds.
      const text = `${typeof article.bodyText === 'string' ? article.bodyText : ''}${i % 97 === 0 ? ' Пхеньян 平壤 \ud800 🚀' : ''}`;
      return { ...article, bodyText: { digest: `digest-${article.slug}`, path: join(tmpdir(), 'no-such-folder', `${article.slug}.md`), file: `${article.slug}.md`, text } };
    });
    const job = (dir: string): RelatedJob => ({ articles, options: { limit: 4 }, termCache: { dir, salt: 'code-1' }, storyOf: new Map([['story-0007', 'harbour-strike']]) });
    const alone = runRelatedJob(job(mkdtempSync(join(tmpdir(), 'dispatch-terms-'))));
    const sent = await computeRelatedLinks(job(mkdtempSync(join(tmpdir(), 'dispatch-terms-'))), PROJECT_ROOT, true);
    expect(sent.links).toEqual(alone.links);
    expect(sent.stories).toEqual(alone.stories);
  });
});
