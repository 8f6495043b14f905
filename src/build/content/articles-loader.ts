import type { Loader, LoaderContext } from 'astro/loaders';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, warningLines } from '../../lib/content/problems.ts';
import { listArticleFiles, readArticleFiles, readListedFiles } from './read-article-files.ts';
import { validateArticles, type ValidatedArticle } from '../../lib/content/validate-articles.ts';
import { pictureClaims } from '../../lib/pictures/picture-claims.ts';
import { checkArticlePictures, pictureCheckContext } from '../pictures/check-pictures.ts';
import { checkChangeNotes } from '../markdown/render-notes.ts';
import { beginRelatedAhead } from '../related/related-ahead.ts';
import { currentBuildSession, type BuildSession, type CheckedFrontMatter } from '../session/build-session.ts';
import { measurePhase } from '../session/build-timings.ts';
import { readCheckedContent, type CheckedEntry } from '../site-plan/site-plan-file.ts';
import { articlePageShard } from '../../lib/shards/search-part-owners.ts';
import type { BuildPart } from '../../lib/shards/build-part.ts';
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
      const session = currentBuildSession();
      const part = session?.part;
      // Only a shard or the merge has a shared plan to check against (a whole build's timings get no such phase).
      const checked =
        session !== undefined && (part?.kind === 'shard' || part?.kind === 'merge')
          ? await measurePhase('content: checked against the shared plan', () => entriesCheckedForThePlan(session, part, dir, root, (text) => context.generateDigest(text)))
          : undefined;
      if (checked !== undefined && session !== undefined) {
        // The plan is keyed by every entry (the session's); the store holds the ones this part checked.
        session.sharedEntries = checked.entries;
        session.sharedPlanDigest = checked.planDigest;
        await measurePhase('content: store, as the shared plan checked it', () => storeCheckedEntries(context.store, checked.checkedHere));
        context.logger.info(
          `${checked.entries.length} articles as the shared site plan's build checked them (the same files; the ${checked.checkedHere.length} this part of the build checks read again, unchanged)`,
        );
        return;
      }
      const files = await measurePhase('content: read and validate', () => readArticleFiles(dir, root));
      const texts = new Map(files.sources.map((source) => [source.file, source.text]));
      const { result, pictures, siteContent } = await measurePhase('content: read and validate', () => {
        const result = validateArticles(files.sources, site);
        // Author profiles and fixed pages are checked here too, and the bylines against the profiles.
        const siteContent = checkSiteContent(readSiteContentFiles(dir, root), result.articles, site, { articlesDir: dir, fileRoot: root, projectRoot: root });
        // Pictures are checked here, with the rest, and pages read only the files checked.
        return { result, pictures: checkArticlePictures(pictureClaims(files.sources, result), pictureCheckContext(root, dir)), siteContent };
      });
      // Corrections' and updates' text the note renderer would refuse, with their lines.
      const notes = await checkChangeNotes(result.articles);
      const all = [...files.problems, ...result.problems, ...pictures.problems, ...siteContent.problems, ...notes];
      for (const line of warningLines(all.filter((p) => p.severity === 'warning'))) context.logger.warn(line);
      if (all.some((p) => p.severity === 'error')) throw new ContentError(all);

      const wanted = new Set(result.articles.map((article) => article.slug));
      for (const id of context.store.keys()) if (!wanted.has(id)) context.store.delete(id);
      const frontMatters = new Map<string, CheckedFrontMatter>();
      await measurePhase('content: store', () => {
        for (const article of result.articles) {
          const digest = context.generateDigest(texts.get(article.file) ?? '');
          frontMatters.set(article.slug, { digest, frontMatter: article.frontMatter });
          const existing = context.store.get(article.slug);
          // Unchanged since the content layer's last build: kept as stored (unless an older version of this loader stored more).
          if (existing?.digest === digest && existing.filePath === article.file && existing.body === undefined && Object.keys(existing.data).length === 0) continue;
          // The store keeps an entry whose digest is unchanged whatever else is set: replaced, it is removed first.
          if (existing !== undefined) context.store.delete(article.slug);
          // Neither body nor front matter: Astro keeps the store, its serialised form and its
          // bundled copy for the whole build. The plan takes the front matter checked above from
          // the session (decision 0028); pages and the Markdown workers read bodies from the files.
          context.store.set({ id: article.slug, data: {}, filePath: article.file, digest });
        }
      });
      if (session !== undefined) {
        session.checkedFrontMatter = frontMatters;
        session.relatedAhead = relatedAheadOf(session, result.articles, frontMatters, site);
      }
      if (context.store.keys().length !== result.articles.length) {
        throw new Error(`${result.articles.length} valid articles but ${context.store.keys().length} stored: an article was lost`);
      }
    },
  };
}

type Store = LoaderContext['store'];

// A whole build begins its related links here (src/build/related/related-ahead.ts); a shard or
// merge takes them from its shared plan, and the dev server makes its plan on request.
function relatedAheadOf(session: BuildSession, articles: readonly ValidatedArticle[], checked: ReadonlyMap<string, CheckedFrontMatter>, site: SiteConfig): BuildSession['relatedAhead'] {
  const { sourcesDigest } = session;
  if (session.command !== 'build' || session.part.kind !== 'whole' || sourcesDigest === undefined) return undefined;
  const files = articles.map(({ slug, file, frontMatter }) => ({ slug, file, frontMatter, digest: checked.get(slug)?.digest ?? '' }));
  return beginRelatedAhead(files, { site, root: session.root, cacheDir: session.cacheDir, sourcesDigest });
}

/**
 * In a shard or the merge of a sharded build, the entries the shared plan's build checked
 * (src/build/site-plan/site-plan-file.ts), when the articles folder holds exactly those files
 * and the ones this part checks have exactly that text, by the same code: checking them again
 * would find what it found, and the pages come from that plan. A shard reads the files of the
 * articles whose pages it renders (articlePageShard: each article is one shard's), the merge
 * none: it publishes the plan and the shards' files, and each shard was rendered from that
 * plan (the merge checks its digest), after checking its own share of the files against it.
 * So a file changed after the plan is caught by the shard it falls to, and no part reads a
 * whole archive's files. Undefined otherwise (no shared plan, other code, a file added or
 * removed, a checked file changed or unreadable, anything passed over with a warning), and
 * every article is read and checked here.
 */
async function entriesCheckedForThePlan(
  session: BuildSession,
  part: Extract<BuildPart, { kind: 'shard' | 'merge' }>,
  dir: string,
  root: string,
  digestOf: (text: string) => string,
): Promise<{ entries: CheckedEntry[]; checkedHere: CheckedEntry[]; planDigest: string | undefined } | undefined> {
  if (session.command !== 'build' || session.sourcesDigest === undefined) return undefined;
  const checked = await readCheckedContent(session.shardsDir, session.sourcesDigest);
  if (checked === undefined) return undefined;
  const listed = listArticleFiles(dir, root);
  const byFile = new Map(checked.entries.map((entry) => [entry.file, entry]));
  if (listed.problems.length > 0 || byFile.size !== checked.entries.length || listed.files.length !== byFile.size || !listed.files.every((file) => byFile.has(file))) return undefined;
  let checkedHere: CheckedEntry[] = [];
  if (part.kind === 'shard') {
    const shardOf = articlePageShard(checked.parts, part.count);
    checkedHere = checked.entries.filter((entry) => shardOf(entry.id) === part.index);
  }
  const checks = new Set(checkedHere.map((entry) => entry.file));
  const { sources, problems } = readListedFiles(listed, (file) => checks.has(file));
  if (problems.length > 0 || sources.length !== checks.size) return undefined;
  for (const { file, text } of sources) if (digestOf(text) !== byFile.get(file)?.digest) return undefined;
  return { entries: checked.entries, checkedHere, planDigest: checked.planDigest };
}

// Without the front matter, which only the plan's build reads (src/build/site-plan/get-site-plan.ts):
// the entries' ids, files and digests key the plan, and a shard's pages come from the plan.
function storeCheckedEntries(store: Store, checked: readonly CheckedEntry[]): void {
  const wanted = new Set(checked.map((entry) => entry.id));
  for (const id of store.keys()) if (!wanted.has(id)) store.delete(id);
  for (const { id, file, digest } of checked) store.set({ id, data: {}, filePath: file, digest });
}
