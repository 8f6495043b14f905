import { describe, expect, it } from 'vitest';
import { renderMarkdownBodies } from '../../../src/collections/markdown-pool.ts';
import type { MarkdownJob } from '../../../src/collections/render-markdown.ts';

const BODIES = [
  'Plain wire copy, with “curly quotes” kept as sent.',
  '| Year | Votes |\n| ---: | :--- |\n| 2023 | 1,204 |',
  '<script>alert(1)</script><p onclick="steal()">Hostile</p><a href="JaVaScRiPt:alert(1)">link</a>',
  '# A heading in the body\n\nText under it.[^1]\n\n[^1]: A footnote.',
  '<figure><img src="https://example.org/a.png" alt="A"><figcaption>Caption</figcaption></figure>',
];

// More bodies than the in-process threshold, so the worker threads are used.
const jobs: MarkdownJob[] = Array.from({ length: 320 }, (_, i) => ({
  id: `article-${i}`,
  body: `${BODIES[i % BODIES.length]}\n\nParagraph number ${i}.`,
  filePath: `/content/articles/article-${i}.md`,
}));

describe('renderMarkdownBodies', () => {
  it('renders on worker threads exactly what it renders in this thread', async () => {
    const onWorkers = await renderMarkdownBodies(jobs, {});
    const here = await renderMarkdownBodies(jobs.slice(0, BODIES.length), {});
    expect(onWorkers.size).toBe(jobs.length);
    for (const [id, rendered] of here) expect(onWorkers.get(id)).toEqual(rendered);
  }, 60_000);

  it.each([
    ['no script element', 2, (html: string) => !/<script/i.test(html)],
    ['no event handler', 2, (html: string) => !/onclick/i.test(html)],
    ['no javascript: URL', 2, (html: string) => !/javascript:/i.test(html)],
    ['a right-aligned column as a class, not an attribute', 1, (html: string) => html.includes('<td class="align-right">2023</td>') && !/ align=/.test(html)],
    ['no h1 in a body', 3, (html: string) => !/<h1/.test(html) && /<h2/.test(html)],
  ])('keeps the pipeline’s rules on the workers: %s', async (_rule, which, holds) => {
    const rendered = await renderMarkdownBodies(jobs, {});
    expect(holds(rendered.get(`article-${which}`)?.html ?? '')).toBe(true);
  }, 60_000);
});
