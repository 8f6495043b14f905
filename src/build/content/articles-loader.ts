import type { Loader } from 'astro/loaders';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, warningLines } from '../../lib/content/problems.ts';
import { readArticleFiles } from './read-article-files.ts';
import { validateArticles } from '../../lib/content/validate-articles.ts';
import { pictureClaims } from '../../lib/pictures/picture-claims.ts';
import { checkArticlePictures, pictureCheckContext } from '../pictures/check-pictures.ts';
import { checkChangeNotes } from '../markdown/render-notes.ts';
import { measurePhase } from '../session/build-timings.ts';
import { checkSiteContent, readSiteContentFiles } from './site-content.ts';
import type { SiteConfig } from '../../lib/site-config.ts';

/** The folder articles are read from: the site's, or the one a test or benchmark names. */
export function articlesDir(site: SiteConfig, root: string): string {
  const configured = process.env.DISPATCH_CONTENT_DIR ?? site.contentDir;
  return isAbsolute(configured) ? configured : resolve(root, configured);
}

/**
 * The articles collection: every file is validated first and the build fails listing every
 * problem at once; then only what passed is stored, under the slug we chose, so no article
 * overwrites another. Bodies are not stored: they are read from the files when the site plan
 * is made (src/build/site-plan/get-site-plan.ts) and rendered (src/build/markdown/, on worker
 * threads while pages render); each entry's digest says which version of its file was checked.
 */
export function articlesLoader(site: SiteConfig): Loader {
  return {
    name: 'dispatch-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = articlesDir(site, root);
      const { files, result, pictures, siteContent } = await measurePhase('content: read and validate', () => {
        const files = readArticleFiles(dir, root);
        const result = validateArticles(files.sources, site);
        // Author profiles and fixed pages are checked here too, and the bylines against the profiles.
        const siteContent = checkSiteContent(readSiteContentFiles(dir, root), result.articles, site, { articlesDir: dir, fileRoot: root, projectRoot: root });
        // Pictures are checked here, with the rest, and pages read only the files checked.
        return { files, result, pictures: checkArticlePictures(pictureClaims(files.sources, result), pictureCheckContext(root, dir)), siteContent };
      });
      // Corrections' and updates' text the note renderer would refuse, with their lines.
      const notes = await checkChangeNotes(result.articles);
      const all = [...files.problems, ...result.problems, ...pictures.problems, ...siteContent.problems, ...notes];
      for (const line of warningLines(all.filter((p) => p.severity === 'warning'))) context.logger.warn(line);
      if (all.some((p) => p.severity === 'error')) throw new ContentError(all);

      const texts = new Map(files.sources.map((source) => [source.file, source.text]));
      const wanted = new Set(result.articles.map((article) => article.slug));
      for (const id of context.store.keys()) if (!wanted.has(id)) context.store.delete(id);
      await measurePhase('content: store', async () => {
        for (const article of result.articles) {
          const digest = context.generateDigest(texts.get(article.file) ?? '');
          const existing = context.store.get(article.slug);
          // Unchanged since the content layer's last build: kept as stored (unless an older
          // version of this loader stored its body too).
          if (existing?.digest === digest && existing.filePath === article.file && existing.body === undefined) continue;
          const filePath = resolve(root, article.file);
          const data = await context.parseData({ id: article.slug, data: article.frontMatter, filePath });
          // No body: pages and the Markdown workers read it from the file (readArticleBody), since
          // Astro keeps the store, the store's serialised form and its bundled copy for the whole build.
          context.store.set({ id: article.slug, data, filePath: article.file, digest });
        }
      });
      if (context.store.keys().length !== result.articles.length) {
        throw new Error(`${result.articles.length} valid articles but ${context.store.keys().length} stored: an article was lost`);
      }
    },
  };
}
