import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchesOf, runInWorkers } from '../../../src/build/workers/worker-pool.ts';
import { createMarkdownRenderer, type MarkdownJob } from '../../../src/build/markdown/render-markdown.ts';
import { folderWith } from '../../support/temp-tree.ts';

const WORKER = new URL('../../../src/build/markdown/markdown-worker.ts', import.meta.url);

// Bodies the content checks would refuse, handed to the renderer anyway: whatever goes wrong
// while rendering one names its file, on this thread and on the Markdown workers alike.
const folder = folderWith({
  'articles/fine.md': '---\ntitle: Fine\n---\n\nA paragraph.\n',
  'articles/deep.md': `---\ntitle: Deep\n---\n\n${'<div>'.repeat(20_000)}x\n`,
});
const job = (name: string): MarkdownJob => ({ id: name, file: `content/articles/${name}.md`, filePath: join(folder, `articles/${name}.md`) });

describe('a body that cannot be rendered', () => {
  it.each([
    ['nested deeper than the renderer can follow', 'deep', 'content/articles/deep.md: body: nested too deep to process (the call stack overflowed)'],
    ['in a file that is gone', 'gone', 'content/articles/gone.md: body: '],
  ])('names its file when %s', async (_name, name, message) => {
    const render = await createMarkdownRenderer();
    await expect(render(job('fine'))).resolves.toContain('<p');
    await expect(render(job(name))).rejects.toThrow(message);
  });

  it('names its file from a worker thread', async () => {
    const cache = (name: string): MarkdownJob => ({ ...job(name), cacheFile: join(folder, `${name}.html`) });
    const run = runInWorkers<MarkdownJob, string>(WORKER, undefined, batchesOf([cache('fine'), cache('deep')], 1), 1);
    await expect(run).rejects.toThrow('content/articles/deep.md: body: nested too deep to process');
  }, 60_000);
});
