import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ContentError, formatProblem } from '../lib/content/problems.ts';
import { ARTICLE_GLOB, readArticleFiles } from '../lib/content/read-article-files.ts';
import { validateArticles, type ValidatedArticle } from '../lib/content/validate-articles.ts';
import { measurePhase } from '../lib/build-timings.ts';
import type { SiteConfig } from '../lib/site-config.ts';

/** The folder articles are read from: the site's, or the one a test or benchmark names. */
export function articlesDir(site: SiteConfig, root: string): string {
  const configured = process.env.DISPATCH_CONTENT_DIR ?? site.contentDir;
  return isAbsolute(configured) ? configured : resolve(root, configured);
}

/**
 * Astro's glob loader with the content format's rules in front of it: every file is
 * validated first and the build fails listing every problem at once; the glob loader then
 * stores only what passed, under the slug we chose, so no article overwrites another.
 */
export function articlesLoader(site: SiteConfig): Loader {
  return {
    name: 'dispatch-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = articlesDir(site, root);
      const { problems, result } = await measurePhase('content: read and validate', () => {
        const files = readArticleFiles(dir, root);
        return { ...files, result: validateArticles(files.sources, site) };
      });
      const all = [...problems, ...result.problems];
      for (const warning of all.filter((p) => p.severity === 'warning')) context.logger.warn(formatProblem(warning));
      if (all.some((p) => p.severity === 'error')) throw new ContentError(all);

      const byFile = new Map<string, ValidatedArticle>(result.articles.map((a) => [a.file, a]));
      const find = (absolutePath: string) => {
        const article = byFile.get(relative(root, absolutePath).split(sep).join('/'));
        if (!article) throw new Error(`${absolutePath}: found by the glob loader but not by validation`);
        return article;
      };
      const base = pathToFileURL(`${dir}${sep}`);
      await measurePhase('content: store and render Markdown', () => glob({
        pattern: ARTICLE_GLOB,
        base,
        generateId: ({ entry }) => find(resolve(dir, entry)).slug,
      }).load({
        ...context,
        // Astro's YAML reader turns dates into JS Dates (rolling 2024-02-30 over to 1 March);
        // store the front matter exactly as validated instead.
        parseData: (props) => context.parseData({ ...props, data: find(props.filePath ?? '').frontMatter as unknown as typeof props.data }),
      }));
      if (context.store.keys().length !== result.articles.length) {
        throw new Error(`${result.articles.length} valid articles but ${context.store.keys().length} stored: an article was lost`);
      }
    },
  };
}
