import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { articleMarkdownProcessor } from '../markdown/pipeline.ts';

/** One article body to render, with the file it came from (for relative images and errors). */
export interface MarkdownJob {
  readonly id: string;
  readonly body: string;
  /** Absolute path of the article file. */
  readonly filePath: string;
}

/** An article body rendered: the HTML and what Astro's renderer reports beside it (headings, images). */
export interface RenderedMarkdown {
  readonly html: string;
  readonly metadata: {
    readonly headings: MarkdownHeading[];
    readonly localImagePaths: string[];
    readonly remoteImagePaths: string[];
    readonly imagePaths: string[];
    readonly frontmatter: Record<string, unknown>;
  };
}

/** Which remote images Markdown may reference: Astro's `image` config, which is plain data. */
export type MarkdownImageOptions = NonNullable<Parameters<typeof articleMarkdownProcessor.createRenderer>[0]['image']>;

/**
 * A renderer that turns article Markdown into HTML exactly as Astro's own Markdown entry
 * type would with this site's config (same processor, no syntax highlighting), usable on
 * worker threads as well as here.
 */
export async function createMarkdownRenderer(image: MarkdownImageOptions): Promise<(job: MarkdownJob) => Promise<RenderedMarkdown>> {
  const renderer = await articleMarkdownProcessor.createRenderer({ image, syntaxHighlight: false });
  return async (job) => {
    // No front matter: no plugin of ours reads it, and Astro would store a second copy of
    // it beside the entry's data in the rendered metadata.
    const result = await renderer.render(job.body, { frontmatter: {}, fileURL: pathToFileURL(job.filePath) });
    return {
      html: result.code,
      metadata: { ...result.metadata, imagePaths: [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths] },
    };
  };
}
