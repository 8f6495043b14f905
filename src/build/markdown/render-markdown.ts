import { pathToFileURL } from 'node:url';
import { readArticleBody } from '../content/read-article-files.ts';
import { forArticle } from '../../lib/for-article.ts';
import type { MarkdownProcessor, MarkdownRenderer } from '@astrojs/markdown-remark';
import { articleMarkdownProcessor } from '../../markdown/pipeline.ts';

/** One article body to render: the file it is read from (also for relative images and errors). */
export interface MarkdownJob {
  readonly id: string;
  /** Absolute path of the article file; the body is read from it, not sent with the job. */
  readonly filePath: string;
  /** The file as errors name it (relative to the project); `filePath` when absent. */
  readonly file?: string;
  /** Where a build keeps this body's HTML between builds (src/build/article-body-cache.ts). */
  readonly cacheFile?: string;
  /** The article's dateline, printed at the start of the first paragraph (src/markdown/rehype-dateline.ts). */
  readonly dateline?: string;
}

/**
 * A renderer that turns article Markdown into HTML exactly as Astro's own Markdown entry
 * type would with this site's config (same processor, no syntax highlighting, no remote
 * image domains), usable on worker threads as well as here. Each body is read from its file
 * (the content store holds none), so a job is a few short strings. A failure names the file.
 */
export async function createMarkdownRenderer(): Promise<(job: MarkdownJob) => Promise<string>> {
  const renderer = await createRendererOf(articleMarkdownProcessor);
  // Of the front matter, only the dateline: no other plugin of ours reads it.
  return (job) =>
    forArticle(job.file ?? job.filePath, 'body', async () => {
      const frontmatter = job.dateline === undefined ? {} : { dateline: job.dateline };
      return (await renderer.render(readArticleBody(job.filePath), { frontmatter, fileURL: pathToFileURL(job.filePath) })).code;
    });
}

/** The renderer of one of our processors (bodies, notes, bios, fixed pages), with the settings they share: no remote images, no syntax highlighting. */
export function createRendererOf(processor: MarkdownProcessor): Promise<MarkdownRenderer> {
  return processor.createRenderer({ image: { domains: [], remotePatterns: [] }, syntaxHighlight: false });
}
