import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { folderWith } from '../../support/temp-tree.ts';
import { batchesOf, runInWorkers } from '../../../src/build/workers/worker-pool.ts';
import { createMarkdownRenderer, type MarkdownJob } from '../../../src/build/markdown/render-markdown.ts';

const WORKER = new URL('../../../src/build/markdown/markdown-worker.ts', import.meta.url);

const BODIES = [
  'Plain wire copy, with “curly quotes” kept as sent.',
  '| Year | Votes |\n| ---: | :--- |\n| 2023 | 1,204 |',
  '<script>alert(1)</script><p onclick="steal()">Hostile</p><a href="JaVaScRiPt:alert(1)">link</a>',
  '# A heading in the body\n\nText under it.[^1]\n\n[^1]: A footnote.',
  '<figure><img src="https://example.org/a.png" alt="A"><figcaption>Caption</figcaption></figure>',
];

// Jobs name files: the workers read each body from its article file, front matter left out.
const folder = folderWith(
  Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`articles/article-${i}.md`, `---\ntitle: Article ${i}\n---\n\n${BODIES[i % BODIES.length]}\n\nParagraph number ${i}.\n`])),
);
// Workers render into the build's cache and answer the slugs whose files they wrote.
const cache = mkdtempSync(join(tmpdir(), 'dispatch-bodies-'));
const jobs: MarkdownJob[] = Array.from({ length: 60 }, (_, i) => ({ id: `article-${i}`, filePath: join(folder, `articles/article-${i}.md`), cacheFile: join(cache, `article-${i}.html`) }));

describe('the Markdown worker threads', () => {
  const onWorkers = new Map<string, string>();
  const heard: number[] = [];
  beforeAll(async () => {
    const kept = await runInWorkers<MarkdownJob, string>(WORKER, undefined, batchesOf(jobs, 7), 2, (batch, seq) => {
      heard.push(seq);
      for (const id of batch) onWorkers.set(id, readFileSync(join(cache, `${id}.html`), 'utf8'));
    });
    // Handed over batch by batch, and not also kept until the end.
    expect(kept).toEqual([]);
  }, 60_000);

  it('render every body, and report each batch as it is done', () => {
    expect(onWorkers.size).toBe(jobs.length);
    expect([...heard].sort((a, b) => a - b)).toEqual(batchesOf(jobs, 7).map((_, i) => i));
  });

  it('render the body alone, not the front matter', () => {
    expect(onWorkers.get('article-0')).toContain('Plain wire copy');
    expect(onWorkers.get('article-0')).not.toContain('title:');
  });

  it('render exactly what this thread renders', async () => {
    const render = await createMarkdownRenderer();
    for (const job of jobs.slice(0, BODIES.length)) expect(onWorkers.get(job.id)).toEqual(await render({ id: job.id, filePath: job.filePath }));
  });

  it.each([
    ['no script element', 2, (html: string) => !/<script/i.test(html)],
    ['no event handler', 2, (html: string) => !/onclick/i.test(html)],
    ['no javascript: URL', 2, (html: string) => !/javascript:/i.test(html)],
    ['a right-aligned column as a class, not an attribute', 1, (html: string) => html.includes('<td class="align-right">2023</td>') && !/ align=/.test(html)],
    ['no h1 in a body', 3, (html: string) => !/<h1/.test(html) && /<h2/.test(html)],
  ])('keep the pipeline’s rules: %s', (_rule, which, holds) => {
    expect(holds(onWorkers.get(`article-${which}`) ?? '')).toBe(true);
  });
});
