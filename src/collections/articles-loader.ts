import type { Loader } from 'astro/loaders';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownCodeDigest } from './markdown-code-digest.ts';
import { renderMarkdownBodies } from './markdown-pool.ts';
import type { MarkdownImageOptions, MarkdownJob } from './render-markdown.ts';
import { ContentError, formatProblem } from '../lib/content/problems.ts';
import { readArticleFiles } from '../lib/content/read-article-files.ts';
import { validateArticles, type ValidatedArticle } from '../lib/content/validate-articles.ts';
import { measurePhase } from '../lib/build-timings.ts';
import type { SiteConfig } from '../lib/site-config.ts';

/** The folder articles are read from: the site's, or the one a test or benchmark names. */
export function articlesDir(site: SiteConfig, root: string): string {
  const configured = process.env.DISPATCH_CONTENT_DIR ?? site.contentDir;
  return isAbsolute(configured) ? configured : resolve(root, configured);
}

/**
 * The articles collection: every file is validated first and the build fails listing every
 * problem at once; then only what passed is stored, under the slug we chose, so no article
 * overwrites another. Bodies are rendered on every core, and only when their file (or the
 * Markdown code) changed since the content layer's last build.
 */
export function articlesLoader(site: SiteConfig): Loader {
  return {
    name: 'dispatch-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = articlesDir(site, root);
      const { files, result } = await measurePhase('content: read and validate', () => {
        const files = readArticleFiles(dir, root);
        return { files, result: validateArticles(files.sources, site) };
      });
      const all = [...files.problems, ...result.problems];
      for (const warning of all.filter((p) => p.severity === 'warning')) context.logger.warn(formatProblem(warning));
      if (all.some((p) => p.severity === 'error')) throw new ContentError(all);

      const texts = new Map(files.sources.map((source) => [source.file, source.text]));
      const codeDigest = markdownCodeDigest(root);
      const wanted = new Set(result.articles.map((article) => article.slug));
      for (const id of context.store.keys()) if (!wanted.has(id)) context.store.delete(id);

      // An article whose file and Markdown code are unchanged since the last build keeps its
      // stored HTML (the content layer's cache); only the others are rendered again.
      const jobs: (MarkdownJob & { article: ValidatedArticle; digest: string })[] = [];
      for (const article of result.articles) {
        const digest = context.generateDigest(`${codeDigest}\n${texts.get(article.file) ?? ''}`);
        const existing = context.store.get(article.slug);
        if (existing?.digest === digest && existing.filePath === article.file && existing.rendered) {
          // Astro's store keeps image imports only for entries set this build; re-register them
          // as its glob loader does (the method exists on the store but not in its public type).
          const store = context.store as typeof context.store & { addAssetImports?: (imports: string[], filePath: string) => void };
          if (existing.assetImports?.length) store.addAssetImports?.(existing.assetImports, article.file);
          continue;
        }
        jobs.push({ id: article.slug, body: article.body.trim(), filePath: resolve(root, article.file), article, digest });
      }
      const rendered = await measurePhase('content: render Markdown', () => renderMarkdownBodies(jobs, { domains: context.config.image.domains, remotePatterns: context.config.image.remotePatterns } as MarkdownImageOptions));
      await measurePhase('content: store', async () => {
        for (const job of jobs) {
          const html = rendered.get(job.id);
          if (!html) throw new Error(`${job.article.file}: the Markdown was not rendered`);
          const data = await context.parseData({ id: job.id, data: job.article.frontMatter as unknown as Record<string, unknown>, filePath: job.filePath });
          context.store.set({ id: job.id, data, body: job.body, filePath: job.article.file, digest: job.digest, rendered: html, assetImports: html.metadata.imagePaths });
        }
      });
      if (context.store.keys().length !== result.articles.length) {
        throw new Error(`${result.articles.length} valid articles but ${context.store.keys().length} stored: an article was lost`);
      }
    },
  };
}
